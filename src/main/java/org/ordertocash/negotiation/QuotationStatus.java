package org.ordertocash.negotiation;

/**
 * Where a quotation version stands: DRAFT (proposed by sales, in approval) → APPROVED → SENT →
 * ACCEPTED, COUNTERED or REJECTED by the customer, or EXPIRED unanswered; REVISED when an
 * approver sent the draft back to sales (the revision is the next version); WITHDRAWN when the
 * order was cancelled before the customer answered.
 */
public enum QuotationStatus {
  DRAFT, APPROVED, SENT, ACCEPTED, COUNTERED, REJECTED, EXPIRED, REVISED, WITHDRAWN
}
