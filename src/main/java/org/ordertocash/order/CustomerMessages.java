package org.ordertocash.order;

import java.util.stream.Collectors;

import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.outbox.OutboxService;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.config.Money;
import org.springframework.stereotype.Component;

/** The texts of the messages customers get about their orders. */
@Component
public class CustomerMessages {

  private final OutboxService outbox;
  private final OrderToCashProperties properties;

  public CustomerMessages(OutboxService outbox, OrderToCashProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
  }

  public void orderConfirmed(OrderSnapshot order, CustomerView customer) {
    send(order, customer, "ORDER_CONFIRMED", "Order " + order.getNumber() + " confirmed",
        "we are pleased to confirm your order " + order.getNumber() + ".\n\n" + details(order)
            + "\nRequested delivery: " + order.getRequestedDeliveryDate()
            + "\nDelivery address: " + order.getDeliveryAddress().oneLine()
            + "\nPayment terms: " + order.getPaymentTerms());
  }

  public void orderRejected(OrderSnapshot order, CustomerView customer, String reason) {
    send(order, customer, "ORDER_REJECTED", "Order " + order.getNumber() + " could not be accepted",
        "we regret that we cannot accept your order " + order.getNumber() + ".\n\nReason: " + reason
            + "\n\nPlease contact your sales representative if you would like to discuss it.");
  }

  public void orderCancelled(OrderSnapshot order, CustomerView customer, String reason) {
    send(order, customer, "ORDER_CANCELLED", "Order " + order.getNumber() + " cancelled",
        "your order " + order.getNumber() + " has been cancelled.\n\nReason: " + reason);
  }

  private void send(OrderSnapshot order, CustomerView customer, String type, String subject, String text) {
    send(order.getNumber(), customer, type, type + ":" + order.getNumber(), subject, text, null);
  }

  /**
   * Queues a message to the customer's contact in the caller's transaction, with the company's
   * salutation and closing around {@code text}. The dedup key makes a repeated step harmless:
   * give each message that may be sent more than once per order (one per quotation version, per
   * reminder) a key of its own.
   */
  public void send(String orderNumber, CustomerView customer, String type, String dedupKey, String subject,
      String text, Long attachmentDocumentId) {
    String body = "Dear " + customer.getContactName() + ",\n\n" + text + "\n\nKind regards,\n"
        + properties.companyName();
    outbox.enqueue(orderNumber, type, dedupKey, customer.getContactEmail(), subject, body, attachmentDocumentId);
  }

  private String details(OrderSnapshot order) {
    return order.getLines().stream()
        .map(line -> line.getLineNo() + ". " + line.getSku() + " x " + line.getQuantity() + " at "
            + Money.format(line.getUnitPrice(), order.getCurrency()))
        .collect(Collectors.joining("\n"))
        + "\nTotal: " + Money.format(order.getTotalAmount(), order.getCurrency()) + "\n";
  }
}
