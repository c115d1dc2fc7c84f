package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What was left open on an invoice, booked as bad debt after finance and a sales manager agreed. */
@Entity
class WriteOff {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String invoiceNumber;
  private BigDecimal amount;
  private String currency;
  private String reason;
  private String approvedBy;
  private String confirmedBy;
  private Instant bookedAt;

  protected WriteOff() {}

  WriteOff(String invoiceNumber, BigDecimal amount, String currency, String reason, String approvedBy,
      String confirmedBy, Instant bookedAt) {
    this.invoiceNumber = invoiceNumber;
    this.amount = amount;
    this.currency = currency;
    this.reason = reason;
    this.approvedBy = approvedBy;
    this.confirmedBy = confirmedBy;
    this.bookedAt = bookedAt;
  }

  BigDecimal getAmount() { return amount; }
}
