package org.ordertocash.shipment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a shipment's tracking history; written once, never changed. */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String shipmentNumber;
  @Enumerated(EnumType.STRING)
  private TrackingEventType type;
  private Instant occurredAt;
  private String location;
  private String description;
  private String carrierEventId;
  @Enumerated(EnumType.STRING)
  private TrackingSource source;
  /** Whether the event moved the shipment's status (false: older than the latest, or after a final one). */
  private boolean applied;
  private Instant receivedAt;
  private String receivedBy;
  /** On a carrier's DELIVERED event of a cash-on-delivery order: the cash collected from the receiver. */
  private BigDecimal collectedAmount;

  protected TrackingEvent() {}

  public TrackingEvent(String shipmentNumber, TrackingEventType type, Instant occurredAt, String location,
      String description, String carrierEventId, TrackingSource source, boolean applied, Instant receivedAt,
      String receivedBy) {
    this.shipmentNumber = shipmentNumber;
    this.type = type;
    this.occurredAt = occurredAt;
    this.location = location;
    this.description = description;
    this.carrierEventId = carrierEventId;
    this.source = source;
    this.applied = applied;
    this.receivedAt = receivedAt;
    this.receivedBy = receivedBy;
  }

  public Long getId() { return id; }
  public String getShipmentNumber() { return shipmentNumber; }
  public TrackingEventType getType() { return type; }
  public Instant getOccurredAt() { return occurredAt; }
  public String getLocation() { return location; }
  public String getDescription() { return description; }
  public String getCarrierEventId() { return carrierEventId; }
  public TrackingSource getSource() { return source; }
  public boolean isApplied() { return applied; }
  public Instant getReceivedAt() { return receivedAt; }
  public String getReceivedBy() { return receivedBy; }

  void cashCollected(BigDecimal amount) {
    this.collectedAmount = amount;
  }

  public BigDecimal getCollectedAmount() {
    return collectedAmount;
  }
}
