package org.ordertocash.billing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ordertocash.customer.CustomerDirectory;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** An invoice's or credit note's PDF rendered again now, in the customer's present language, as text. */
final class InvoicePdfs {

  private InvoicePdfs() {}

  static String renderedAgain(ApplicationContext context, String invoiceNumber) {
    InvoiceRepository invoices = context.getBean(InvoiceRepository.class);
    ReceivableRepository receivables = context.getBean(ReceivableRepository.class);
    byte[] pdf = context.getBean(TransactionTemplate.class).execute(tx -> {
      Invoice invoice = invoices.findByNumber(invoiceNumber).orElseThrow();
      return context.getBean(InvoiceDocument.class).render(invoice,
          context.getBean(CustomerDirectory.class).get(invoice.getCustomerCode()),
          receivables.findByInvoiceNumberOrderByInstallmentNo(invoiceNumber));
    });
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
