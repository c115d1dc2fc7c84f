package org.ordertocash.shipment;

import org.ordertocash.config.ExposedToModels;
import org.springframework.stereotype.Component;

/** Markdown of a shipment for the warehouse's task forms ({@code ${shipmentSummaries.markdown(shipmentNumber)}}). */
@ExposedToModels
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
