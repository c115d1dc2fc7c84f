package org.ordertocash.order;

import java.util.Optional;

/**
 * Whether a customer's credit is blocked (dunning blocks it at its final levels; finance lifts
 * it). Dunning implements it; defining it here keeps dunning dependent on orders and not the
 * other way round.
 */
public interface CreditBlocks {

  /** Why the customer's credit is blocked, or empty when it is not. */
  Optional<String> blockReason(String customerCode);
}
