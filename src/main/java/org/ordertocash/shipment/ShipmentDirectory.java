package org.ordertocash.shipment;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up shipments for other modules without handing out the entity. */
@Service
public class ShipmentDirectory {

  private final ShipmentRepository shipments;

  ShipmentDirectory(ShipmentRepository shipments) {
    this.shipments = shipments;
  }

  @Transactional(readOnly = true)
  public Optional<ShippedGoods> goods(String shipmentNumber) {
    return shipments.findByNumber(shipmentNumber).map(ShippedGoods::of);
  }
}
