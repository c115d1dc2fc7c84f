package org.ordertocash.contract;

/**
 * Where a contract stands: DRAFTED → IN_REVIEW (⇄ AMENDING) → AWAITING_INTERNAL_SIGNATURE →
 * AWAITING_CUSTOMER_SIGNATURE → SIGNED; unsigned after the deadline EXPIRED (then re-negotiated
 * or CANCELLED with the order).
 */
public enum ContractStatus {
  DRAFTED, IN_REVIEW, AMENDING, AWAITING_INTERNAL_SIGNATURE, AWAITING_CUSTOMER_SIGNATURE, SIGNED, EXPIRED, CANCELLED;

  public boolean isFinal() {
    return this == SIGNED || this == EXPIRED || this == CANCELLED;
  }
}
