package org.ordertocash.dunning;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A block on a customer's credit: while it holds, new orders go to credit hold. {@code activeCode}
 * is the customer's code until the block is lifted, and unique, so a customer has one block at a time.
 */
@Entity
class CreditBlock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String customerCode;
  private String activeCode;
  private String reason;
  private String invoiceNumber;
  private String blockedBy;
  private Instant blockedAt;
  private String liftedBy;
  private Instant liftedAt;
  private String liftReason;

  protected CreditBlock() {}

  CreditBlock(String customerCode, String reason, String invoiceNumber, String blockedBy, Instant blockedAt) {
    this.customerCode = customerCode;
    this.activeCode = customerCode;
    this.reason = reason;
    this.invoiceNumber = invoiceNumber;
    this.blockedBy = blockedBy;
    this.blockedAt = blockedAt;
  }

  void lift(String by, String why, Instant at) {
    this.activeCode = null;
    this.liftedBy = by;
    this.liftReason = why;
    this.liftedAt = at;
  }

  boolean isActive() {
    return activeCode != null;
  }

  String getCustomerCode() { return customerCode; }
  String getReason() { return reason; }
  String getInvoiceNumber() { return invoiceNumber; }
  String getBlockedBy() { return blockedBy; }
  Instant getBlockedAt() { return blockedAt; }
  String getLiftedBy() { return liftedBy; }
  Instant getLiftedAt() { return liftedAt; }
  String getLiftReason() { return liftReason; }
}
