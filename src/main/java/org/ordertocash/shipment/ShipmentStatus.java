package org.ordertocash.shipment;

import java.util.Set;

/**
 * Where a shipment stands. In the warehouse: AWAITING_STOCK (a backorder waiting for goods) →
 * TO_PLAN → PLANNED → SHIPPED; then the carrier's tracking events move it on: PICKED_UP,
 * IN_TRANSIT, DELAYED, OUT_FOR_DELIVERY and finally DELIVERED, LOST or DAMAGED.
 */
public enum ShipmentStatus {
  AWAITING_STOCK, TO_PLAN, PLANNED, SHIPPED, PICKED_UP, IN_TRANSIT, DELAYED, OUT_FOR_DELIVERY,
  DELIVERED, LOST, DAMAGED, CANCELLED;

  public static final Set<ShipmentStatus> FINAL = Set.of(DELIVERED, LOST, DAMAGED, CANCELLED);

  public boolean isFinal() {
    return FINAL.contains(this);
  }

  /** Goods have left the warehouse and are not yet at a final state. */
  public boolean isUnderway() {
    return this == SHIPPED || this == PICKED_UP || this == IN_TRANSIT || this == DELAYED
        || this == OUT_FOR_DELIVERY;
  }
}
