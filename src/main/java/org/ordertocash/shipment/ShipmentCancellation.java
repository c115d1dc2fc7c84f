package org.ordertocash.shipment;

import org.ordertocash.order.OrderCancelled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A cancelled order gives its stock back, whichever step cancelled it (ADR 0010): inside the
 * cancelling transaction this listener releases the order's reservations and cancels its
 * unshipped shipments. Releasing twice releases nothing more.
 */
@Component
public class ShipmentCancellation {

  private final ShipmentService shipments;

  public ShipmentCancellation(ShipmentService shipments) {
    this.shipments = shipments;
  }

  @EventListener
  public void on(OrderCancelled cancelled) {
    shipments.cancelOrder(cancelled.orderNumber());
  }
}
