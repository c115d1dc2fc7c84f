package org.ordertocash.shipment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many units of one order line travel in a shipment. */
@Entity
@Table(name = "shipment_line")
public class ShipmentLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int lineNo;
  private String sku;
  private int quantity;

  protected ShipmentLine() {}

  public ShipmentLine(int lineNo, String sku, int quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("A shipment line needs a positive quantity, not " + quantity);
    }
    this.lineNo = lineNo;
    this.sku = sku;
    this.quantity = quantity;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getSku() {
    return sku;
  }

  public int getQuantity() {
    return quantity;
  }
}
