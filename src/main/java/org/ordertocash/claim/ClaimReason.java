package org.ordertocash.claim;

/** Why goods are claimed from the carrier. */
public enum ClaimReason {
  LOST, DAMAGED
}
