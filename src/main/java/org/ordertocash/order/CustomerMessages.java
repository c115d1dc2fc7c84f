package org.ordertocash.order;

import java.util.Optional;
import java.util.stream.Collectors;

import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
import org.ordertocash.outbox.OutboxService;
import org.springframework.stereotype.Component;

/**
 * The messages customers get, in the customer's language ({@code customer.language}): texts under
 * {@code mail.*} in {@code i18n/labels_<lang>.properties}, with the salutation and closing added
 * here. Other modules build their texts with {@link #labels(CustomerView)} and send them through
 * {@link #send}.
 */
@Component
public class CustomerMessages {

  private final OutboxService outbox;
  private final OrderToCashProperties properties;
  private final ProductCatalog products;

  public CustomerMessages(OutboxService outbox, OrderToCashProperties properties, ProductCatalog products) {
    this.outbox = outbox;
    this.properties = properties;
    this.products = products;
  }

  /** Texts, dates and money as this customer reads them. */
  public Labels labels(CustomerView customer) {
    return properties.labels(customer.getLanguage());
  }

  public void orderConfirmed(OrderSnapshot order, CustomerView customer) {
    Labels labels = labels(customer);
    send(order, customer, "ORDER_CONFIRMED", labels.text("mail.orderConfirmed.subject", order.getNumber()),
        labels.text("mail.orderConfirmed.text", order.getNumber(), details(order, labels),
            labels.date(order.getRequestedDeliveryDate()), order.getDeliveryAddress().oneLine(),
            labels.code(order.getPaymentTerms())));
  }

  public void orderRejected(OrderSnapshot order, CustomerView customer, String reason) {
    Labels labels = labels(customer);
    send(order, customer, "ORDER_REJECTED", labels.text("mail.orderRejected.subject", order.getNumber()),
        labels.text("mail.orderRejected.text", order.getNumber(), reason));
  }

  public void orderCancelled(OrderSnapshot order, CustomerView customer, String reason) {
    Labels labels = labels(customer);
    send(order, customer, "ORDER_CANCELLED", labels.text("mail.orderCancelled.subject", order.getNumber()),
        labels.text("mail.orderCancelled.text", order.getNumber(), reason));
  }

  private void send(OrderSnapshot order, CustomerView customer, String type, String subject, String text) {
    send(order.getNumber(), customer, type, type + ":" + order.getNumber(), subject, text, null);
  }

  /**
   * Queues a message to the customer's contact in the caller's transaction, with the salutation
   * and closing of the customer's language around {@code text}. The dedup key makes a repeated
   * step harmless: give each message that may be sent more than once per order (one per quotation
   * version, per reminder) a key of its own.
   */
  public void send(String orderNumber, CustomerView customer, String type, String dedupKey, String subject,
      String text, Long attachmentDocumentId) {
    Labels labels = labels(customer);
    String body = labels.text("mail.greeting", customer.getContactName()) + "\n\n" + text + "\n\n"
        + labels.text("mail.closing", properties.companyName(customer.getLanguage()));
    outbox.enqueue(orderNumber, type, dedupKey, customer.getContactEmail(), subject, body, attachmentDocumentId);
  }

  private String details(OrderSnapshot order, Labels labels) {
    return order.getLines().stream()
        .map(line -> {
          Optional<ProductView> product = products.find(line.getSku());
          return labels.text("mail.orderLine", line.getLineNo(), line.getSku(),
              product.map(p -> p.name(labels.language())).orElse(""),
              labels.quantity(line.getQuantity(), product.map(ProductView::getUnit).orElse(null)),
              Money.format(line.getUnitPrice(), order.getCurrency()));
        })
        .collect(Collectors.joining("\n"))
        + "\n" + labels.text("mail.total", Money.format(order.getTotalAmount(), order.getCurrency()));
  }
}
