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
 * Goods purchasing should bring in for an order that waits (no shipment) or for a backorder or
 * replacement shipment. A goods receipt of the SKU wakes whoever waits ({@link #waitKey()}).
 */
@Entity
@Table(name = "replenishment_request")
public class ReplenishmentRequest {

  public enum Status { OPEN, FULFILLED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String sku;
  private int quantity;
  private String orderNumber;
  private String shipmentNumber;
  @Enumerated(EnumType.STRING)
  private Status status;
  private Instant createdAt;
  private Instant closedAt;

  protected ReplenishmentRequest() {}

  public ReplenishmentRequest(String sku, int quantity, String orderNumber, String shipmentNumber, Instant createdAt) {
    this.sku = sku;
    this.quantity = quantity;
    this.orderNumber = orderNumber;
    this.shipmentNumber = shipmentNumber;
    this.status = Status.OPEN;
    this.createdAt = createdAt;
  }

  /** What the waiting process instance knows it by: the shipment, or the order while it has none. */
  public String waitKey() {
    return shipmentNumber != null ? shipmentNumber : orderNumber;
  }

  void close(Status status, Instant at) {
    this.status = status;
    this.closedAt = at;
  }

  void changeQuantity(int quantity) {
    this.quantity = quantity;
  }

  public Long getId() { return id; }
  public String getSku() { return sku; }
  public int getQuantity() { return quantity; }
  public String getOrderNumber() { return orderNumber; }
  public String getShipmentNumber() { return shipmentNumber; }
  public Status getStatus() { return status; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getClosedAt() { return closedAt; }
}
