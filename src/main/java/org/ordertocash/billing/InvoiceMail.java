package org.ordertocash.billing;

import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.document.DocumentView;
import org.ordertocash.order.CustomerMessages;
import org.springframework.stereotype.Component;

/**
 * Sends an invoice or a credit note to the customer: renders its PDF, stores it and queues a
 * message with it, in the caller's transaction. Repeatable: a stored PDF and a queued message are
 * found again, never made twice.
 */
@Component
class InvoiceMail {

  private final CustomerDirectory customers;
  private final DocumentService documents;
  private final InvoiceDocument document;
  private final CustomerMessages messages;
  private final ReceivableRepository receivables;

  InvoiceMail(CustomerDirectory customers, DocumentService documents, InvoiceDocument document,
      CustomerMessages messages, ReceivableRepository receivables) {
    this.receivables = receivables;
    this.customers = customers;
    this.documents = documents;
    this.document = document;
    this.messages = messages;
  }

  /**
   * Reminds the customer that the prepayment invoice is still unpaid and when the order is
   * cancelled; once per invoice (the message's dedup key).
   */
  void remindOfPrepayment(Invoice invoice, java.math.BigDecimal open) {
    CustomerView customer = customers.get(invoice.getCustomerCode());
    Labels labels = messages.labels(customer);
    messages.send(invoice.getOrderNumber(), customer, "PREPAYMENT_REMINDER", "PREPAYMENT_REMINDER:" + invoice.getNumber(),
        labels.text("mail.prepaymentReminder.subject", invoice.getNumber(), invoice.getOrderNumber()),
        labels.text("mail.prepaymentReminder.text", invoice.getOrderNumber(), Money.format(open, invoice.getCurrency()),
            invoice.getNumber(), labels.date(invoice.getDueDate())),
        invoice.getDocumentId());
  }

  void send(Invoice invoice, String actor) {
    CustomerView customer = customers.get(invoice.getCustomerCode());
    boolean creditNote = invoice.getKind() == Invoice.Kind.CREDIT_NOTE;
    String kind = creditNote ? "CREDIT_NOTE" : "INVOICE";
    DocumentView pdf = documents.storeOnce(DocumentKind.valueOf(kind), invoice.getNumber(), 1,
        invoice.getOrderNumber(), (creditNote ? "credit-note-" : "invoice-") + invoice.getNumber() + ".pdf",
        DocumentService.PDF, document.render(invoice, customer,
            receivables.findByInvoiceNumberOrderByInstallmentNo(invoice.getNumber())), actor);
    invoice.attachDocument(pdf.id());
    String amount = Money.format(invoice.getGrossAmount(), invoice.getCurrency());
    Labels labels = messages.labels(customer);
    messages.send(invoice.getOrderNumber(), customer, kind, kind + ":" + invoice.getNumber(),
        labels.text(creditNote ? "mail.creditNote.subject" : "mail.invoice.subject", invoice.getNumber(),
            invoice.getOrderNumber()),
        creditNote
            ? labels.text("mail.creditNote.text", invoice.getNumber(), amount, invoice.getCorrectsInvoice(),
                invoice.getReason())
            : labels.text("mail.invoice.text", invoice.getNumber(), invoice.getOrderNumber(), amount,
                labels.date(invoice.getDueDate())), pdf.id());
  }
}
