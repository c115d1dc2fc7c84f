package org.ordertocash.returns;

import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.order.CustomerMessages;
import org.springframework.stereotype.Component;

/** What the customer is told about a return, through the outbox; once per return and step (dedup keys). */
@Component
class ReturnMail {

  private final CustomerDirectory customers;
  private final CustomerMessages messages;

  ReturnMail(CustomerDirectory customers, CustomerMessages messages) {
    this.customers = customers;
    this.messages = messages;
  }

  void rejected(ReturnRequest request, String why) {
    send(request, "RETURN_REJECTED", "mail.returnRejected", request.getNumber(), request.getOrderNumber(), why,
        request.getDaysSinceDelivery(), request.getReturnWindowDays());
  }

  void approved(ReturnRequest request, String receiveBy) {
    send(request, "RETURN_APPROVED", "mail.returnApproved", request.getNumber(), request.getOrderNumber(),
        request.getRmaNumber(), receiveBy.substring(0, 10));
  }

  void expired(ReturnRequest request) {
    send(request, "RETURN_EXPIRED", "mail.returnExpired", request.getRmaNumber());
  }

  void closed(ReturnRequest request, String settlement) {
    send(request, "RETURN_CLOSED", "mail.returnClosed", request.getRmaNumber(), settlement);
  }

  /** What the customer reads about a refund, in their language. */
  String refundText(ReturnRequest request, java.math.BigDecimal amount, String currency) {
    return labels(request).text("mail.returnRefund", Money.format(amount, currency));
  }

  Labels labels(ReturnRequest request) {
    return messages.labels(customers.get(request.getCustomerCode()));
  }

  /** Sends {@code key}.subject and {@code key}.text, both filled with {@code args}. */
  private void send(ReturnRequest request, String type, String key, Object... args) {
    CustomerView customer = customers.get(request.getCustomerCode());
    Labels labels = messages.labels(customer);
    messages.send(request.getOrderNumber(), customer, type, type + ":" + request.getNumber(),
        labels.text(key + ".subject", args), labels.text(key + ".text", args), null);
  }
}
