package org.ordertocash.inventory;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** Stock of one product in one warehouse. */
@Entity
@IdClass(StockItem.Key.class)
public class StockItem {

  @Id
  private String sku;
  @Id
  private String warehouseCode;
  private int onHand;
  private int reserved;

  protected StockItem() {}

  public StockItem(String sku, String warehouseCode, int onHand, int reserved) {
    this.sku = sku;
    this.warehouseCode = warehouseCode;
    this.onHand = onHand;
    this.reserved = reserved;
  }

  public int available() {
    return Math.max(0, onHand - reserved);
  }

  public String getSku() { return sku; }
  public String getWarehouseCode() { return warehouseCode; }
  public int getOnHand() { return onHand; }
  public int getReserved() { return reserved; }

  public record Key(String sku, String warehouseCode) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
