package org.ordertocash.shipment;

/** What the warehouse entered when planning a shipment cannot be used; names the field. */
public class InvalidShipmentPlan extends RuntimeException {

  private final String field;

  public InvalidShipmentPlan(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
