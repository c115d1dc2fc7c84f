package org.ordertocash.complaint;

import org.ordertocash.config.Labels;
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
    Labels labels = labels(complaint);
    send(complaint, "COMPLAINT_RECEIVED", labels.text("mail.complaintReceived.subject", complaint.getNumber()),
        labels.text("mail.complaintReceived.text", complaint.getNumber(), answerBy));
  }

  void firstResponse(Complaint complaint) {
    send(complaint, "COMPLAINT_RESPONSE", labels(complaint).text("mail.complaintResponse.subject", complaint.getNumber()),
        complaint.getFirstResponse());
  }

  void resolved(Complaint complaint, String remedyText) {
    send(complaint, "COMPLAINT_RESOLVED", labels(complaint).text("mail.complaintResolved.subject", complaint.getNumber()),
        complaint.getResolution() + (remedyText == null ? "" : "\n\n" + remedyText));
  }

  /** Texts as the complaining customer reads them. */
  Labels labels(Complaint complaint) {
    return messages.labels(customers.get(complaint.getCustomerCode()));
  }

  private void send(Complaint complaint, String type, String subject, String text) {
    // complaints without an order are filed under the complaint's own number
    String file = complaint.getOrderNumber() == null ? complaint.getNumber() : complaint.getOrderNumber();
    messages.send(file, customers.get(complaint.getCustomerCode()), type, type + ":" + complaint.getNumber(), subject,
        text, null);
  }
}
