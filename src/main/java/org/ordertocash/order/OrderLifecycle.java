package org.ordertocash.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.ordertocash.config.DomainException;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
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
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final CustomerMessages messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public OrderLifecycle(OrderRepository orders, CustomerDirectory customers, ProductCatalog products,
      CustomerMessages messages, ApplicationEventPublisher events, Clock clock) {
    this.orders = orders;
    this.customers = customers;
    this.products = products;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  /** The order as it is now; {@link DomainException.NotFound} if there is none. */
  @Transactional(readOnly = true)
  public OrderSnapshot order(String number) {
    return OrderSnapshot.of(entity(number));
  }

  private SalesOrder entity(String number) {
    return orders.findByNumber(number).orElseThrow(() -> new DomainException.NotFound("No order " + number));
  }

  public void changeStatus(String number, OrderStatus status, String actor, String reason) {
    entity(number).changeStatus(status, actor, clock.instant(), reason);
  }

  /** Prices per line number and payment terms from the quotation the customer accepted. */
  public void applyAgreedTerms(String number, Map<Integer, BigDecimal> unitPrices, PaymentTerms terms,
      String quotation, String actor) {
    SalesOrder order = entity(number);
    order.applyAgreedTerms(unitPrices, terms, quotation);
    order.changeStatus(order.getStatus(), actor, clock.instant(),
        "Prices and payment terms agreed in quotation " + quotation);
  }

  /** Payment terms and delivery date of the signed contract; the order is CONTRACT_SIGNED. */
  public void applyContractTerms(String number, PaymentTerms terms, LocalDate deliveryDate, String contract,
      String actor) {
    SalesOrder order = entity(number);
    order.applyContractTerms(terms, deliveryDate);
    order.changeStatus(OrderStatus.CONTRACT_SIGNED, actor, clock.instant(), "Contract " + contract + " signed");
  }

  /** Ships a substitute product on a line instead of the one ordered (the agreed price stays). */
  public void substituteProduct(String number, int lineNo, String substituteSku, String actor, String reason) {
    SalesOrder order = entity(number);
    ProductView substitute = products.find(substituteSku)
        .orElseThrow(() -> new DomainException.InvalidInput("substitutions", "Unknown product " + substituteSku));
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
    SalesOrder order = entity(number);
    if (order.getStatus() == OrderStatus.CANCELLED) {
      return;
    }
    order.changeStatus(OrderStatus.CANCELLED, actor, clock.instant(), reason);
    messages.orderCancelled(OrderSnapshot.of(order), customers.get(order.getCustomerCode()), reason);
    events.publishEvent(new OrderCancelled(number, actor, reason));
  }

  /** The order's process was deleted from outside; an order still under way says so. */
  public void markProcessDeleted(String number, String actor, String reason) {
    orders.findByNumber(number).ifPresent(order -> {
      if (!order.getStatus().isFinal() && order.getStatus() != OrderStatus.PAID
          && order.getStatus() != OrderStatus.WRITTEN_OFF) {
        order.changeStatus(OrderStatus.PROCESS_DELETED, actor, clock.instant(),
            "Its process was deleted from outside" + (reason == null || reason.isBlank() ? "" : ": " + reason));
      }
    });
  }
}
