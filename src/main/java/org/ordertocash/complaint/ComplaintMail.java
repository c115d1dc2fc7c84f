package org.ordertocash.complaint;

import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.order.CustomerMessages;
import org.springframework.stereotype.Component;

/** What the customer is told at each step of a complaint, through the outbox; once per step. */
@Component
class ComplaintMail {

  private final CustomerDirectory customers;
  private final CustomerMessages messages;

  ComplaintMail(CustomerDirectory customers, CustomerMessages messages) {
    this.customers = customers;
    this.messages = messages;
  }

  void acknowledged(Complaint complaint, String answerBy) {
    send(complaint, "COMPLAINT_RECEIVED", "We have received your complaint " + complaint.getNumber(),
        "thank you for telling us. We have recorded your complaint as " + complaint.getNumber()
            + " and will come back to you by " + answerBy + ".");
  }

  void firstResponse(Complaint complaint) {
    send(complaint, "COMPLAINT_RESPONSE", "Your complaint " + complaint.getNumber(), complaint.getFirstResponse());
  }

  void resolved(Complaint complaint, String remedyText) {
    send(complaint, "COMPLAINT_RESOLVED", "Your complaint " + complaint.getNumber() + " is resolved",
        complaint.getResolution() + (remedyText == null ? "" : "\n\n" + remedyText));
  }

  private void send(Complaint complaint, String type, String subject, String text) {
    // complaints without an order are filed under the complaint's own number
    String file = complaint.getOrderNumber() == null ? complaint.getNumber() : complaint.getOrderNumber();
    messages.send(file, customers.get(complaint.getCustomerCode()), type, type + ":" + complaint.getNumber(), subject,
        text, null);
  }
}
