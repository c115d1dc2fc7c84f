package org.ordertocash.order;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** One entry of an order's status history: who changed it, when and why. */
@Entity
@EntityListeners(OrderStatusAudit.class)
public class OrderStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  private OrderStatus status;
  private String changedBy;
  private Instant changedAt;
  private String reason;
  /** Set while the change is new, for its audit record (the table knows the order by its id). */
  @Transient
  private String orderNumber;

  protected OrderStatusChange() {}

  OrderStatusChange(String orderNumber, OrderStatus status, String changedBy, Instant changedAt, String reason) {
    this.orderNumber = orderNumber;
    this.status = status;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
  }

  public OrderStatus getStatus() { return status; }
  public String getChangedBy() { return changedBy; }
  public Instant getChangedAt() { return changedAt; }
  public String getReason() { return reason; }
  String getOrderNumber() { return orderNumber; }
}
