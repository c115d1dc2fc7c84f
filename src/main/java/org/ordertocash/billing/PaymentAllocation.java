package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The share of a payment that settles one invoice, and how the two were matched. */
@Entity
@Table(name = "payment_allocation")
class PaymentAllocation {

  enum MatchedBy { REFERENCE, PAYER_AND_AMOUNT, BY_HAND }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String invoiceNumber;
  private BigDecimal amount;
  @Enumerated(EnumType.STRING)
  private MatchedBy matchedBy;
  private String allocatedBy;
  private Instant allocatedAt;

  protected PaymentAllocation() {}

  PaymentAllocation(String invoiceNumber, BigDecimal amount, MatchedBy matchedBy, String allocatedBy, Instant allocatedAt) {
    this.invoiceNumber = invoiceNumber;
    this.amount = amount;
    this.matchedBy = matchedBy;
    this.allocatedBy = allocatedBy;
    this.allocatedAt = allocatedAt;
  }

  String getInvoiceNumber() { return invoiceNumber; }
  BigDecimal getAmount() { return amount; }
  MatchedBy getMatchedBy() { return matchedBy; }
  String getAllocatedBy() { return allocatedBy; }
  Instant getAllocatedAt() { return allocatedAt; }
}
