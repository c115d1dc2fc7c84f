package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The customer's word to pay an amount by a date; kept when that much came off the invoice by then. */
@Entity
@Table(name = "promise_to_pay")
class PromiseToPay {

  enum Outcome { KEPT, BROKEN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String invoiceNumber;
  private LocalDate promisedDate;
  private BigDecimal amount;
  private BigDecimal openAtPromise;
  private String recordedBy;
  private Instant recordedAt;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private Instant checkedAt;

  protected PromiseToPay() {}

  PromiseToPay(String invoiceNumber, LocalDate promisedDate, BigDecimal amount, BigDecimal openAtPromise,
      String recordedBy, Instant recordedAt) {
    this.invoiceNumber = invoiceNumber;
    this.promisedDate = promisedDate;
    this.amount = amount;
    this.openAtPromise = openAtPromise;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** Kept when the open amount fell by at least the promised amount (or to nothing). */
  Outcome check(BigDecimal openNow, Instant at) {
    if (outcome == null) {
      boolean kept = openNow.signum() == 0 || openAtPromise.subtract(openNow).compareTo(amount) >= 0;
      outcome = kept ? Outcome.KEPT : Outcome.BROKEN;
      checkedAt = at;
    }
    return outcome;
  }

  Long getId() { return id; }
  String getInvoiceNumber() { return invoiceNumber; }
  LocalDate getPromisedDate() { return promisedDate; }
  BigDecimal getAmount() { return amount; }
  String getRecordedBy() { return recordedBy; }
  Instant getRecordedAt() { return recordedAt; }
  Outcome getOutcome() { return outcome; }
}
