package org.ordertocash.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.ordertocash.customer.Customer;
import org.ordertocash.customer.CustomerRepository;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.inventory.Product;
import org.ordertocash.inventory.ProductRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the other features' process steps may change on an order: its status (with who, when and
 * why in the status history), the terms agreed in negotiation or signed in a contract, a
 * substitute product for a line, and cancellation. Every change is recorded in the status history.
 */
@Service
@Transactional
public class OrderLifecycle {

  private final OrderRepository orders;
  private final CustomerRepository customers;
  private final ProductRepository products;
  private final CustomerMessages messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public OrderLifecycle(OrderRepository orders, CustomerRepository customers, ProductRepository products,
      CustomerMessages messages, ApplicationEventPublisher events, Clock clock) {
    this.orders = orders;
    this.customers = customers;
    this.products = products;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public SalesOrder order(String number) {
    return orders.findByNumber(number).orElseThrow(() -> new IllegalStateException("No order " + number));
  }

  public void changeStatus(String number, OrderStatus status, String actor, String reason) {
    order(number).changeStatus(status, actor, clock.instant(), reason);
  }

  /** Prices per line number and payment terms from the quotation the customer accepted. */
  public void applyAgreedTerms(String number, Map<Integer, BigDecimal> unitPrices, PaymentTerms terms,
      String quotation, String actor) {
    SalesOrder order = order(number);
    order.applyAgreedTerms(unitPrices, terms, quotation);
    order.changeStatus(order.getStatus(), actor, clock.instant(),
        "Prices and payment terms agreed in quotation " + quotation);
  }

  /** Payment terms and delivery date of the signed contract; the order is CONTRACT_SIGNED. */
  public void applyContractTerms(String number, PaymentTerms terms, LocalDate deliveryDate, String contract,
      String actor) {
    SalesOrder order = order(number);
    order.applyContractTerms(terms, deliveryDate);
    order.changeStatus(OrderStatus.CONTRACT_SIGNED, actor, clock.instant(), "Contract " + contract + " signed");
  }

  /** Ships a substitute product on a line instead of the one ordered (the agreed price stays). */
  public void substituteProduct(String number, int lineNo, String substituteSku, String actor, String reason) {
    SalesOrder order = order(number);
    Product substitute = products.findById(substituteSku)
        .orElseThrow(() -> new IllegalArgumentException("Unknown product " + substituteSku));
    String original = order.getLines().stream().filter(l -> l.getLineNo() == lineNo).map(OrderLine::getSku)
        .findFirst().orElseThrow(() -> new IllegalArgumentException("Order " + number + " has no line " + lineNo));
    order.substitute(lineNo, substituteSku, substitute.getListPrice());
    order.changeStatus(order.getStatus(), actor, clock.instant(),
        "Line " + lineNo + ": " + substituteSku + " instead of " + original + (reason == null ? "" : " (" + reason + ")"));
  }

  /**
   * Cancels the order, tells the customer and lets other features close what they hold open for
   * it ({@link OrderCancelled}). Cancelling a cancelled order again changes nothing.
   */
  public void cancel(String number, String actor, String reason) {
    SalesOrder order = order(number);
    if (order.getStatus() == OrderStatus.CANCELLED) {
      return;
    }
    order.changeStatus(OrderStatus.CANCELLED, actor, clock.instant(), reason);
    messages.orderCancelled(order, customer(order), reason);
    events.publishEvent(new OrderCancelled(number, actor, reason));
  }

  private Customer customer(SalesOrder order) {
    return customers.findById(order.getCustomerCode())
        .orElseThrow(() -> new IllegalStateException("No customer " + order.getCustomerCode()));
  }
}
