package org.ordertocash.shipment;

import java.time.Instant;

/** A tracking event as /api shows it. */
public record TrackingEventView(Long id, String shipmentNumber, TrackingEventType type, Instant occurredAt,
    String location, String description, String carrierEventId, TrackingSource source, boolean applied,
    Instant receivedAt, String receivedBy, java.math.BigDecimal collectedAmount) {

  public static TrackingEventView of(TrackingEvent e) {
    return new TrackingEventView(e.getId(), e.getShipmentNumber(), e.getType(), e.getOccurredAt(), e.getLocation(),
        e.getDescription(), e.getCarrierEventId(), e.getSource(), e.isApplied(), e.getReceivedAt(), e.getReceivedBy(),
        e.getCollectedAmount());
  }
}
