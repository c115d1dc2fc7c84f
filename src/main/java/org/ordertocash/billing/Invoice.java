package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ordertocash.customer.PaymentTerms;

/**
 * What we ask a customer to pay for one shipment: numbered, its lines with VAT, due by the order's
 * payment terms. The official VAT invoice (fapiao) is issued outside the application; its code
 * and number are recorded here.
 */
@Entity
@Table(name = "invoice")
class Invoice {

  enum Kind { INVOICE, CREDIT_NOTE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String orderNumber;
  private String shipmentNumber;
  private String correctsInvoice;
  private String customerCode;
  private String currency;
  private BigDecimal netAmount;
  private BigDecimal taxAmount;
  private BigDecimal grossAmount;
  private boolean pricesIncludeTax;
  private LocalDate issueDate;
  private LocalDate dueDate;
  @Enumerated(EnumType.STRING)
  private PaymentTerms paymentTerms;
  @Enumerated(EnumType.STRING)
  private InvoiceStatus status;
  private String fapiaoCode;
  private String fapiaoNumber;
  private String fapiaoRecordedBy;
  private Long documentId;
  private String createdBy;
  /** For a credit note: the caller's key, so that a repeated request finds the credit note it made. */
  private String requestKey;
  /** For a credit note: why the invoice is corrected. */
  private String reason;
  private Instant createdAt;
  @Version
  private int version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "invoice_id", nullable = false)
  @OrderBy("lineNo")
  private List<InvoiceLine> lines = new ArrayList<>();

  protected Invoice() {}

  Invoice(String number, String orderNumber, String shipmentNumber, String customerCode, String currency,
      boolean pricesIncludeTax, LocalDate issueDate, PaymentTerms paymentTerms, List<InvoiceLine> lines,
      String createdBy, Instant createdAt) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("An invoice needs at least one line");
    }
    this.number = number;
    this.kind = Kind.INVOICE;
    this.orderNumber = orderNumber;
    this.shipmentNumber = shipmentNumber;
    this.customerCode = customerCode;
    this.currency = currency;
    this.pricesIncludeTax = pricesIncludeTax;
    this.issueDate = issueDate;
    this.dueDate = issueDate.plusDays(paymentTerms.days());
    this.paymentTerms = paymentTerms;
    this.status = InvoiceStatus.OPEN;
    this.lines.addAll(lines);
    LineAmounts total = lines.stream().map(InvoiceLine::amounts).reduce(LineAmounts.ZERO, LineAmounts::plus);
    this.netAmount = total.net();
    this.taxAmount = total.tax();
    this.grossAmount = total.gross();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * An invoice for the whole order before anything ships (terms PREPAID): it bills no shipment,
   * and is due on {@code dueDate}, the day the order is cancelled if it is still unpaid.
   */
  static Invoice prepayment(String number, String orderNumber, String customerCode, String currency,
      boolean pricesIncludeTax, LocalDate issueDate, LocalDate dueDate, List<InvoiceLine> lines, String createdBy,
      Instant createdAt) {
    Invoice invoice = new Invoice(number, orderNumber, null, customerCode, currency, pricesIncludeTax, issueDate,
        PaymentTerms.PREPAID, lines, createdBy, createdAt);
    invoice.dueDate = dueDate;
    return invoice;
  }

  /** Paid in installments: due when the last portion is. */
  void dueOn(LocalDate lastDueDate) {
    this.dueDate = lastDueDate;
  }

  /** Billed in advance: an invoice that bills no shipment. */
  boolean isPrepayment() {
    return kind == Kind.INVOICE && shipmentNumber == null;
  }

  /** A credit note for (part of) {@code corrected}: its lines at their prices and VAT, dated today. */
  static Invoice creditNote(String number, Invoice corrected, String requestKey, String reason, List<InvoiceLine> lines,
      LocalDate issueDate, String createdBy, Instant createdAt) {
    Invoice note = new Invoice(number, corrected.orderNumber, null, corrected.customerCode, corrected.currency,
        corrected.pricesIncludeTax, issueDate, corrected.paymentTerms, lines, createdBy, createdAt);
    note.kind = Kind.CREDIT_NOTE;
    note.correctsInvoice = corrected.number;
    note.requestKey = requestKey;
    note.reason = reason;
    note.dueDate = issueDate;
    note.status = InvoiceStatus.PAID;
    return note;
  }

  void recordFapiao(String code, String fapiaoNumber, String recordedBy) {
    this.fapiaoCode = code;
    this.fapiaoNumber = fapiaoNumber;
    this.fapiaoRecordedBy = recordedBy;
  }

  void attachDocument(long documentId) {
    this.documentId = documentId;
  }

  void settled() {
    this.status = InvoiceStatus.PAID;
  }

  void reopened() {
    this.status = InvoiceStatus.OPEN;
  }

  void writtenOff() {
    this.status = InvoiceStatus.WRITTEN_OFF;
  }

  String getNumber() { return number; }
  Kind getKind() { return kind; }
  String getOrderNumber() { return orderNumber; }
  String getShipmentNumber() { return shipmentNumber; }
  String getCorrectsInvoice() { return correctsInvoice; }
  String getCustomerCode() { return customerCode; }
  String getCurrency() { return currency; }
  BigDecimal getNetAmount() { return netAmount; }
  BigDecimal getTaxAmount() { return taxAmount; }
  BigDecimal getGrossAmount() { return grossAmount; }
  boolean isPricesIncludeTax() { return pricesIncludeTax; }
  LocalDate getIssueDate() { return issueDate; }
  LocalDate getDueDate() { return dueDate; }
  PaymentTerms getPaymentTerms() { return paymentTerms; }
  InvoiceStatus getStatus() { return status; }
  String getFapiaoCode() { return fapiaoCode; }
  String getFapiaoNumber() { return fapiaoNumber; }
  String getFapiaoRecordedBy() { return fapiaoRecordedBy; }
  Long getDocumentId() { return documentId; }
  String getCreatedBy() { return createdBy; }
  String getRequestKey() { return requestKey; }
  String getReason() { return reason; }
  List<InvoiceLine> getLines() { return Collections.unmodifiableList(lines); }
}
