package org.ordertocash.order;

import java.util.Set;

/**
 * Where an order stands. The usual way: RECEIVED → IN_REVIEW (→ CREDIT_HOLD) → CONFIRMED →
 * SHIPPING (→ PARTIALLY_DELIVERED) → DELIVERED; orders whose price or terms review may not approve
 * go IN_NEGOTIATION first (which returns them to review once agreed, or ends LOST); large or
 * negotiated orders go IN_CONTRACT after confirmation and on to CONTRACT_SIGNED before shipping.
 * What shipped is then INVOICED, and the order is PAID when its invoices are settled, or
 * WRITTEN_OFF when what the customer never paid was booked as bad debt.
 */
public enum OrderStatus {
  RECEIVED, IN_REVIEW, CREDIT_HOLD, IN_NEGOTIATION, CONFIRMED, IN_CONTRACT, CONTRACT_SIGNED,
  SHIPPING, PARTIALLY_DELIVERED, DELIVERED, INVOICED, PAID, WRITTEN_OFF, LOST, REJECTED, CANCELLED,
  /** Its process was deleted from outside (Cockpit, REST) before it ended: nothing moves it on. */
  PROCESS_DELETED;

  /**
   * Accepted by us and not yet invoiced: these count towards the customer's credit exposure
   * (CreditExposureService lists them in its query); invoiced orders count through their open
   * receivables instead.
   */
  public static final Set<OrderStatus> COMMITTED =
      Set.of(CONFIRMED, IN_CONTRACT, CONTRACT_SIGNED, SHIPPING, PARTIALLY_DELIVERED, DELIVERED);

  public boolean isFinal() {
    return this == REJECTED || this == CANCELLED || this == LOST || this == PROCESS_DELETED;
  }
}
