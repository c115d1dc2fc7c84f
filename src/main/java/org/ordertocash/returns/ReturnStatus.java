package org.ordertocash.returns;

/**
 * Where a return stands: requested (and in review), approved with an RMA and awaiting the goods,
 * inspected, closed once settled; or rejected, or expired when the goods never arrived.
 */
public enum ReturnStatus {
  REQUESTED, IN_REVIEW, APPROVED, INSPECTED, CLOSED, REJECTED, EXPIRED;

  /** A rejected or expired return gives its quantities back: they can be returned again. */
  boolean holdsQuantities() {
    return this != REJECTED && this != EXPIRED;
  }
}
