package org.ordertocash.returns;

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
    send(request, "RETURN_REJECTED", "Your return request " + request.getNumber() + " for order "
        + request.getOrderNumber(), "we are sorry: we cannot take back the goods of your return request "
        + request.getNumber() + ".\n\nWhy: " + why + "\n\nThe goods were delivered " + request.getDaysSinceDelivery()
        + " days ago; this product can be returned within " + request.getReturnWindowDays() + " days of delivery."
        + "\n\nPlease contact customer service if you would like to discuss it.");
  }

  void approved(ReturnRequest request, String receiveBy) {
    send(request, "RETURN_APPROVED", "Return " + request.getRmaNumber() + " for order " + request.getOrderNumber(),
        "we will take back the goods of your return request " + request.getNumber() + ".\n\n"
            + "Your return number (RMA) is " + request.getRmaNumber() + ". Please pack the goods safely, write the RMA "
            + "number on the parcel and send it to our warehouse by " + receiveBy.substring(0, 10) + ". "
            + "Parcels without the number cannot be accepted.");
  }

  void expired(ReturnRequest request) {
    send(request, "RETURN_EXPIRED", "Return " + request.getRmaNumber() + " closed",
        "we have not received the goods of return " + request.getRmaNumber() + " in time, so we have closed it.\n\n"
            + "Please contact customer service if you still want to return them.");
  }

  void closed(ReturnRequest request, String settlement) {
    send(request, "RETURN_CLOSED", "Return " + request.getRmaNumber() + " completed",
        "we have received and inspected the goods of return " + request.getRmaNumber() + ".\n\n" + settlement);
  }

  static String refundText(java.math.BigDecimal amount, String currency) {
    return "We are refunding " + Money.format(amount, currency) + " to your account.";
  }

  private void send(ReturnRequest request, String type, String subject, String text) {
    CustomerView customer = customers.get(request.getCustomerCode());
    messages.send(request.getOrderNumber(), customer, type, type + ":" + request.getNumber(), subject, text, null);
  }
}
