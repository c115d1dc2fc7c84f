package org.ordertocash.shipment;

import org.ordertocash.config.DomainException;

/** What the warehouse entered when planning a shipment cannot be used; names the field. */
public class InvalidShipmentPlan extends DomainException.InvalidInput {

  public InvalidShipmentPlan(String field, String message) {
    super(field, message);
  }

  public String getField() {
    return getErrors().get(0).field();
  }
}
