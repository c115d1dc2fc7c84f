package org.ordertocash.shipment;

/**
 * What a carrier reports about a shipment. Each type moves the shipment to the status of the same
 * name; DELIVERED, LOST and DAMAGED are final and end the shipment's delivery process.
 */
public enum TrackingEventType {
  PICKED_UP, IN_TRANSIT, DELAYED, OUT_FOR_DELIVERY, DELIVERED, LOST, DAMAGED;

  public ShipmentStatus status() {
    return ShipmentStatus.valueOf(name());
  }

  public boolean isFinal() {
    return status().isFinal();
  }
}
