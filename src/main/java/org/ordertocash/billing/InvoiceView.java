package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.customer.PaymentTerms;

/** An invoice as the API shows it, with what is still open of it. */
public record InvoiceView(String number, String kind, String correctsInvoice, String orderNumber, String shipmentNumber,
    String customer, String currency, BigDecimal netAmount, BigDecimal taxAmount, BigDecimal grossAmount,
    BigDecimal openAmount,
    boolean pricesIncludeTax, LocalDate issueDate, LocalDate dueDate, PaymentTerms paymentTerms, InvoiceStatus status,
    String fapiaoCode, String fapiaoNumber, String documentHref, List<Line> lines, List<Installment> installments) {

  /** One portion of an invoice on terms INSTALLMENTS, tracked on its own (OVERDUE: open past its due date). */
  public record Installment(int no, LocalDate dueDate, BigDecimal amount, BigDecimal openAmount, String status) {}

  public record Line(int lineNo, String sku, String description, int quantity, BigDecimal unitPrice,
      BigDecimal vatRate, BigDecimal netAmount, BigDecimal taxAmount, BigDecimal grossAmount) {}

  static InvoiceView of(Invoice i, BigDecimal openAmount) {
    return of(i, openAmount, List.of());
  }

  static InvoiceView of(Invoice i, BigDecimal openAmount, List<Installment> installments) {
    return new InvoiceView(i.getNumber(), i.getKind().name(), i.getCorrectsInvoice(), i.getOrderNumber(),
        i.getShipmentNumber(),
        i.getCustomerCode(), i.getCurrency(), i.getNetAmount(), i.getTaxAmount(), i.getGrossAmount(), openAmount,
        i.isPricesIncludeTax(), i.getIssueDate(), i.getDueDate(), i.getPaymentTerms(), i.getStatus(),
        i.getFapiaoCode(), i.getFapiaoNumber(),
        i.getDocumentId() == null ? null : "/api/documents/" + i.getDocumentId(),
        i.getLines().stream().map(l -> new Line(l.getLineNo(), l.getSku(), l.getDescription(), l.getQuantity(),
            l.getUnitPrice(), l.getVatRate(), l.amounts().net(), l.amounts().tax(), l.amounts().gross())).toList(),
        installments);
  }
}
