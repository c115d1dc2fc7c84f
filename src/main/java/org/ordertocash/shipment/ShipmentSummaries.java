package org.ordertocash.shipment;

import org.springframework.stereotype.Component;

/** Markdown of a shipment for the warehouse's task forms ({@code ${shipmentSummaries.markdown(shipmentNumber)}}). */
@Component("shipmentSummaries")
public class ShipmentSummaries {

  private final ShipmentService shipments;

  public ShipmentSummaries(ShipmentService shipments) {
    this.shipments = shipments;
  }

  public String markdown(String shipmentNumber) {
    return shipments.markdown(shipmentNumber);
  }
}
