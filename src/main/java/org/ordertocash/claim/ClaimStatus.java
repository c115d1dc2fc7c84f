package org.ordertocash.claim;

/**
 * Where a carrier claim stands: OPEN (evidence being collected) → SUBMITTED → PAID, or
 * REJECTED / EXPIRED (deadline passed without an answer) → WRITTEN_OFF once a sales manager accepts the loss.
 */
public enum ClaimStatus {
  OPEN, SUBMITTED, PAID, REJECTED, EXPIRED, WRITTEN_OFF
}
