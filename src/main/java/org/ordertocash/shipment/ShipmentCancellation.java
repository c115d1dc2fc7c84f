package org.ordertocash.shipment;

import org.ordertocash.order.OrderCancelled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A cancelled order gives its stock back. The umbrella's cancellation interrupts the shipment
 * call activity, which runs no compensation, so this listener (inside the cancelling transaction)
 * releases what the order holds; the shipment process's own compensation does the same when the
 * shortage decision cancels. Either may run after the other: releasing twice releases nothing more.
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
