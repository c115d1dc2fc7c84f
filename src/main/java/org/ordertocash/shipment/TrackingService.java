package org.ordertocash.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.ordertocash.config.DomainException;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderSnapshot;
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
  private final OrderLifecycle orders;

  public TrackingService(ShipmentLocks shipments, TrackingEventRepository events, DeliveryProcesses processes,
      OrderLifecycle orders, OrderToCashProperties properties, Clock clock) {
    this.orders = orders;
    this.shipments = shipments;
    this.events = events;
    this.processes = processes;
    this.properties = properties;
    this.clock = clock;
  }

  /** What became of a reported event. */
  public record Recorded(TrackingEvent event, boolean duplicate, ShipmentStatus shipmentStatus) {}

  /** Cash the carrier collected from the receiver of a cash-on-delivery order (currency: the order's if not given). */
  public record CashCollected(BigDecimal amount, String currency) {}

  @Transactional
  public Recorded record(String shipmentNumber, TrackingEventType type, OffsetDateTime occurredAt, String location,
      String description, String carrierEventId, TrackingSource source, String user) {
    return record(shipmentNumber, type, occurredAt, location, description, carrierEventId, null, source, user);
  }

  /**
   * Records a tracking event; a carrier's DELIVERED event of a cash-on-delivery order may say how
   * much cash it collected, which the shipment keeps for billing (its latest report counts).
   */
  @Transactional
  @SuppressWarnings("java:S107") // an event's fields as the carrier reports them
  public Recorded record(String shipmentNumber, TrackingEventType type, OffsetDateTime occurredAt, String location,
      String description, String carrierEventId, CashCollected cash, TrackingSource source, String user) {
    Shipment shipment = shipments.lock(shipmentNumber).orElseThrow(() -> notFound(shipmentNumber));
    if (cash != null) {
      checkCash(shipment, type, cash);
    }
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
    TrackingEvent event = new TrackingEvent(shipmentNumber, type, at, trim(location), trim(description),
        trim(carrierEventId), source, apply, now, user);
    if (cash != null) {
      event.cashCollected(cash.amount());
      shipment.recordCashCollected(cash.amount());
    }
    event = events.save(event);
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

  private void checkCash(Shipment shipment, TrackingEventType type, CashCollected cash) {
    if (type != TrackingEventType.DELIVERED) {
      throw new DomainException.InvalidInput("collectedAmount", "Only a DELIVERED event reports cash collected");
    }
    OrderSnapshot order = orders.order(shipment.getOrderNumber());
    if (order.getPaymentTerms() != PaymentTerms.CASH_ON_DELIVERY) {
      throw new DomainException.InvalidInput("collectedAmount", "Order " + order.getNumber() + " is not cash on delivery ("
          + order.getPaymentTerms() + "); the carrier collects nothing for it");
    }
    if (cash.amount().signum() < 0 || cash.amount().stripTrailingZeros().scale() > 2
        || cash.amount().compareTo(LARGEST_AMOUNT) > 0) {
      throw new DomainException.InvalidInput("collectedAmount", "collectedAmount must be zero or more, with at most"
          + " two decimals and at most 17 digits before them, not " + cash.amount().toPlainString());
    }
    if (cash.currency() != null && !cash.currency().equals(order.getCurrency())) {
      throw new DomainException.InvalidInput("collectedCurrency", "Order " + order.getNumber() + " is paid in "
          + order.getCurrency() + ", not " + cash.currency());
    }
  }

  /** Amounts are stored as numeric(19, 2). */
  private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("99999999999999999.99");

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
