package org.ordertocash.returns;

/** Why the customer sends goods back. */
public enum ReturnReason {
  DEFECTIVE, WRONG_ITEM, DAMAGED_IN_TRANSIT, NOT_AS_DESCRIBED, NO_LONGER_NEEDED, OTHER
}
