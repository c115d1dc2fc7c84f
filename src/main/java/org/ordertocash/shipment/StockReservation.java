package org.ordertocash.shipment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Units of one order line held in one warehouse. RESERVED counts in stock_item.reserved; SHIPPED
 * left the warehouse (on hand and reserved reduced); RELEASED went back to available stock.
 */
@Entity
@Table(name = "stock_reservation")
public class StockReservation {

  public enum Status { RESERVED, SHIPPED, RELEASED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String orderNumber;
  private int lineNo;
  private String sku;
  private String warehouseCode;
  private int quantity;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String shipmentNumber;
  private Instant createdAt;
  private Instant changedAt;

  protected StockReservation() {}

  public StockReservation(String orderNumber, int lineNo, String sku, String warehouseCode, int quantity,
      String shipmentNumber, Instant createdAt) {
    this.orderNumber = orderNumber;
    this.lineNo = lineNo;
    this.sku = sku;
    this.warehouseCode = warehouseCode;
    this.quantity = quantity;
    this.shipmentNumber = shipmentNumber;
    this.status = Status.RESERVED;
    this.createdAt = createdAt;
  }

  void assignTo(String shipmentNumber) {
    this.shipmentNumber = shipmentNumber;
  }

  void changeStatus(Status status, Instant at) {
    this.status = status;
    this.changedAt = at;
  }

  public Long getId() { return id; }
  public String getOrderNumber() { return orderNumber; }
  public int getLineNo() { return lineNo; }
  public String getSku() { return sku; }
  public String getWarehouseCode() { return warehouseCode; }
  public int getQuantity() { return quantity; }
  public Status getStatus() { return status; }
  public String getShipmentNumber() { return shipmentNumber; }
  public Instant getCreatedAt() { return createdAt; }

  /** Where a shipment line is reserved, e.g. "WH-SH 3, WH-GZ 2" (released reservations left out). */
  static String warehouses(java.util.List<StockReservation> reserved, int lineNo) {
    return String.join(", ", reserved.stream()
        .filter(r -> r.getLineNo() == lineNo && r.getStatus() != Status.RELEASED)
        .map(r -> r.getWarehouseCode() + " " + r.getQuantity()).toList());
  }
}
