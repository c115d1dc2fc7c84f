package org.ordertocash.shipment;

import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.Labels;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.order.OrderSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.ordertocash.config.TimerDates;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.CustomerMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of a shipment's delivery process: what it waits for, late deliveries. */
@Service
public class DeliveryService {

  /** ISO date-time with offset, as Camunda timers read it. */
  private final ShipmentRepository shipments;
  private final OrderLifecycle orders;
  private final CustomerDirectory customers;
  private final CustomerMessages messages;
  private final TrackingService tracking;
  private final Clock clock;
  private final OrderToCashProperties properties;

  public DeliveryService(ShipmentRepository shipments, OrderLifecycle orders, CustomerDirectory customers,
      CustomerMessages messages, TrackingService tracking, Clock clock, OrderToCashProperties properties) {
    this.properties = properties;
    this.shipments = shipments;
    this.orders = orders;
    this.customers = customers;
    this.messages = messages;
    this.tracking = tracking;
    this.clock = clock;
  }

  /**
   * What the delivery process needs of a shipped shipment: when it is late (end of the promised
   * day) and, if a final event arrived before the process started, its outcome.
   */
  public record DeliveryFacts(String promisedDeliveryAt, String promisedDeliveryDate, String carrier,
      String trackingNumber, String outcome) {}

  @Transactional(readOnly = true)
  public DeliveryFacts facts(String shipmentNumber) {
    Shipment shipment = shipment(shipmentNumber);
    if (shipment.getPromisedDeliveryDate() == null) {
      throw new IllegalStateException("Shipment " + shipmentNumber + " has no promised delivery date");
    }
    ShipmentStatus status = shipment.getStatus();
    String outcome = status == ShipmentStatus.DELIVERED || status == ShipmentStatus.LOST
        || status == ShipmentStatus.DAMAGED ? status.name() : null;
    return new DeliveryFacts(endOfDay(shipment.getPromisedDeliveryDate()), shipment.getPromisedDeliveryDate().toString(),
        shipment.getCarrier(), shipment.getTrackingNumber(), outcome);
  }

  /**
   * The shipment is late: tells the customer (once per shipment and expected date) and returns the
   * tracking history as markdown for customer service.
   */
  @Transactional
  public String notifyLate(String shipmentNumber, String expectedAt) {
    Shipment shipment = shipment(shipmentNumber);
    LocalDate expected = OffsetDateTime.parse(expectedAt, TimerDates.FORMAT).minusDays(1).toLocalDate();
    OrderSnapshot order = order(shipment);
    CustomerView customer = customer(order);
    Labels labels = messages.labels(customer);
    messages.send(order.getNumber(), customer, "DELIVERY_LATE",
        "DELIVERY_LATE:" + shipmentNumber + ":" + expected,
        labels.text("mail.deliveryLate.subject", shipmentNumber),
        labels.text("mail.deliveryLate.text", shipmentNumber, order.getNumber(), labels.date(expected),
            shipment.getCarrier() == null ? ""
                : labels.text("mail.deliveryLate.carrier", shipment.getCarrier(), shipment.getTrackingNumber())),
        null);
    return historyMarkdown(shipmentNumber);
  }

  /**
   * CustomerView service handled a late delivery: the note goes into the tracking history; a new
   * expected date is told to the customer and returned as the next timer date (null otherwise).
   */
  @Transactional
  public String recordLateHandling(String shipmentNumber, boolean carrierContacted, LocalDate newExpectedDate,
      String note, String user) {
    Shipment shipment = shipment(shipmentNumber);
    StringBuilder description = new StringBuilder("Late delivery handled by customer service");
    if (carrierContacted) {
      description.append("; carrier contacted");
    }
    if (newExpectedDate != null) {
      description.append("; new expected date ").append(newExpectedDate);
    }
    if (note != null && !note.isBlank()) {
      description.append(": ").append(note.strip());
    }
    String text = description.length() > 1000 ? description.substring(0, 1000) : description.toString();
    tracking.record(shipmentNumber, TrackingEventType.DELAYED, OffsetDateTime.now(clock), null, text, null,
        TrackingSource.STAFF, user);
    if (newExpectedDate == null) {
      return null;
    }
    OrderSnapshot order = order(shipment);
    CustomerView customer = customer(order);
    Labels labels = messages.labels(customer);
    messages.send(order.getNumber(), customer, "DELIVERY_NEW_DATE",
        "DELIVERY_NEW_DATE:" + shipmentNumber + ":" + newExpectedDate,
        labels.text("mail.deliveryNewDate.subject", shipmentNumber),
        labels.text("mail.deliveryNewDate.text", shipmentNumber, order.getNumber(), labels.date(newExpectedDate)),
        null);
    return endOfDay(newExpectedDate);
  }

  /** The tracking history as a markdown list (for forms). */
  @Transactional(readOnly = true)
  public String historyMarkdown(String shipmentNumber) {
    List<TrackingEvent> history = tracking.history(shipmentNumber);
    Labels labels = properties.labels();
    if (history.isEmpty()) {
      return labels.text("task.tracking.none");
    }
    return history.stream()
        .map(e -> "- " + labels.dateTime(e.getOccurredAt()) + " **" + labels.code(e.getType()) + "**"
            + (e.getLocation() == null ? "" : labels.text("task.tracking.at", e.getLocation()))
            + (e.getDescription() == null ? "" : labels.text("task.tracking.description", e.getDescription()))
            + labels.text(e.isApplied() ? "task.tracking.source" : "task.tracking.sourceNotApplied",
                labels.code(e.getSource())))
        .collect(Collectors.joining("\n"));
  }

  /** The first moment after the given day, in the company's time zone. */
  public String endOfDay(LocalDate date) {
    return TimerDates.endOfDay(date, clock.getZone());
  }

  private Shipment shipment(String number) {
    return shipments.findByNumber(number).orElseThrow(() -> new IllegalStateException("No shipment " + number));
  }

  private OrderSnapshot order(Shipment shipment) {
    return orders.order(shipment.getOrderNumber());
  }

  private CustomerView customer(OrderSnapshot order) {
    return customers.get(order.getCustomerCode());
  }
}
