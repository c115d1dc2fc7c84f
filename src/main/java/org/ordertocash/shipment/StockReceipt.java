package org.ordertocash.shipment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Incoming goods booked once per reference (a delivery note or purchase order number). */
@Entity
@Table(name = "stock_receipt")
public class StockReceipt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String reference;
  private String sku;
  private String warehouseCode;
  private int quantity;
  private String receivedBy;
  private Instant receivedAt;

  protected StockReceipt() {}

  public StockReceipt(String reference, String sku, String warehouseCode, int quantity, String receivedBy,
      Instant receivedAt) {
    this.reference = reference;
    this.sku = sku;
    this.warehouseCode = warehouseCode;
    this.quantity = quantity;
    this.receivedBy = receivedBy;
    this.receivedAt = receivedAt;
  }

  boolean sameGoods(String sku, String warehouseCode, int quantity) {
    return this.sku.equals(sku) && this.warehouseCode.equals(warehouseCode) && this.quantity == quantity;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getSku() { return sku; }
  public String getWarehouseCode() { return warehouseCode; }
  public int getQuantity() { return quantity; }
  public String getReceivedBy() { return receivedBy; }
  public Instant getReceivedAt() { return receivedAt; }
}
