package org.ordertocash.billing;

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
    messages.send(invoice.getOrderNumber(), customer, "PREPAYMENT_REMINDER", "PREPAYMENT_REMINDER:" + invoice.getNumber(),
        "Reminder: invoice " + invoice.getNumber() + " for order " + invoice.getOrderNumber() + " is unpaid",
        "your order " + invoice.getOrderNumber() + " ships once it is paid. We have not yet received "
            + Money.format(open, invoice.getCurrency()) + " of invoice " + invoice.getNumber() + ". Unless it is paid by "
            + invoice.getDueDate() + ", the order will be cancelled.\n\nPlease quote the invoice number with your payment.",
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
    messages.send(invoice.getOrderNumber(), customer, kind, kind + ":" + invoice.getNumber(),
        (creditNote ? "Credit note " : "Invoice ") + invoice.getNumber() + " for order " + invoice.getOrderNumber(),
        creditNote
            ? "please find attached credit note " + invoice.getNumber() + " of " + amount + " including VAT against "
                + "invoice " + invoice.getCorrectsInvoice() + " (" + invoice.getReason() + ")."
            : "please find attached invoice " + invoice.getNumber() + " for order " + invoice.getOrderNumber() + ": "
                + amount + " including VAT, due on " + invoice.getDueDate()
                + ".\n\nPlease quote the invoice number with your payment.", pdf.id());
  }
}
