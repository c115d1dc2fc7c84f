package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Credit from a credit note set against another open invoice of the same customer. */
@Entity
class CreditApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String customerCode;
  private String creditNote;
  private String invoiceNumber;
  private BigDecimal amount;
  private String requestKey;
  private String appliedBy;
  private Instant appliedAt;

  protected CreditApplication() {}

  CreditApplication(String customerCode, String creditNote, String invoiceNumber, BigDecimal amount,
      String requestKey, String appliedBy, Instant appliedAt) {
    this.customerCode = customerCode;
    this.creditNote = creditNote;
    this.invoiceNumber = invoiceNumber;
    this.amount = amount;
    this.requestKey = requestKey;
    this.appliedBy = appliedBy;
    this.appliedAt = appliedAt;
  }

  String getCreditNote() { return creditNote; }
  String getInvoiceNumber() { return invoiceNumber; }
  BigDecimal getAmount() { return amount; }
  String getAppliedBy() { return appliedBy; }
  Instant getAppliedAt() { return appliedAt; }
}
