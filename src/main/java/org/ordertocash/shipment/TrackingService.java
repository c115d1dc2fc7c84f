package org.ordertocash.shipment;

import org.ordertocash.config.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records tracking events of shipped shipments. Rules:
 * <ul>
 *   <li>an event is stored once: the same carrier event id, or the same type at the same time,
 *       again is a duplicate and changes nothing;</li>
 *   <li>it moves the shipment's status only if the shipment is not final yet and the event is not
 *       older than the latest applied event (a final event always applies to a shipment that is not
 *       final); otherwise it is kept in the history only;</li>
 *   <li>an applied final event (DELIVERED, LOST, DAMAGED) is reported to the shipment's delivery
 *       process, in the same transaction.</li>
 * </ul>
 */
@Service
public class TrackingService {

  private final ShipmentLocks shipments;
  private final TrackingEventRepository events;
  private final DeliveryProcesses processes;
  private final OrderToCashProperties properties;
  private final Clock clock;

  public TrackingService(ShipmentLocks shipments, TrackingEventRepository events, DeliveryProcesses processes,
      OrderToCashProperties properties, Clock clock) {
    this.shipments = shipments;
    this.events = events;
    this.processes = processes;
    this.properties = properties;
    this.clock = clock;
  }

  /** What became of a reported event. */
  public record Recorded(TrackingEvent event, boolean duplicate, ShipmentStatus shipmentStatus) {}

  @Transactional
  public Recorded record(String shipmentNumber, TrackingEventType type, OffsetDateTime occurredAt, String location,
      String description, String carrierEventId, TrackingSource source, String user) {
    Shipment shipment = shipments.lock(shipmentNumber).orElseThrow(() -> notFound(shipmentNumber));
    ShipmentStatus status = shipment.getStatus();
    if (status == ShipmentStatus.CANCELLED || !(status.isUnderway() || status.isFinal())) {
      throw new DomainException.Conflict("Shipment " + shipmentNumber + " is " + status + ": tracking starts once it is shipped");
    }
    Instant at = occurredAt.toInstant().truncatedTo(ChronoUnit.MILLIS);
    Instant now = clock.instant();
    if (at.isAfter(now.plus(properties.tracking().clockSkew()))) {
      throw new DomainException.InvalidInput("occurredAt", "occurredAt " + occurredAt + " lies in the future");
    }
    Optional<TrackingEvent> earlier = Optional.ofNullable(carrierEventId)
        .flatMap(id -> events.findFirstByShipmentNumberAndCarrierEventId(shipmentNumber, id))
        .or(() -> events.findFirstByShipmentNumberAndTypeAndOccurredAt(shipmentNumber, type, at));
    if (earlier.isPresent()) {
      return new Recorded(earlier.get(), true, status);
    }
    boolean apply = !status.isFinal()
        && (type.isFinal() || events.latestAppliedAt(shipmentNumber).map(latest -> !at.isBefore(latest)).orElse(true));
    TrackingEvent event = events.save(new TrackingEvent(shipmentNumber, type, at, trim(location), trim(description),
        trim(carrierEventId), source, apply, now, user));
    if (apply) {
      shipment.track(type.status(), at);
      if (type.isFinal()) {
        processes.reportOutcome(shipment.getOrderNumber(), shipmentNumber, type);
      }
    }
    return new Recorded(event, false, shipment.getStatus());
  }

  /**
   * The customer confirms receipt: a DELIVERED event from the customer, at most one per shipment
   * (a second confirmation is a duplicate).
   */
  @Transactional
  public Recorded confirmReceipt(String shipmentNumber, OffsetDateTime receivedAt, String note, String user) {
    OffsetDateTime at = receivedAt != null ? receivedAt : OffsetDateTime.now(clock);
    String description = "Receipt confirmed by the customer" + (note == null || note.isBlank() ? "" : ": " + note.strip());
    return record(shipmentNumber, TrackingEventType.DELIVERED, at, null, description, CUSTOMER_CONFIRMATION,
        TrackingSource.CUSTOMER, user);
  }

  /** Carrier event id under which the customer's confirmation is stored (one per shipment). */
  public static final String CUSTOMER_CONFIRMATION = "CUSTOMER-CONFIRMATION";

  @Transactional(readOnly = true)
  public List<TrackingEvent> history(String shipmentNumber) {
    return events.findByShipmentNumberOrderByOccurredAtAscIdAsc(shipmentNumber);
  }

  static DomainException.NotFound notFound(String shipmentNumber) {
    return new DomainException.NotFound("No shipment " + shipmentNumber);
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
