package org.ordertocash.shipment;

import org.ordertocash.order.OrderSnapshot;
import org.ordertocash.config.DomainException;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ordertocash.config.BusinessDates;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderShipments;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.shipment.StockReservationService.ReservationResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipments of an order: created from what is reserved (plus a backorder for the rest),
 * planned, shipped with a delivery note, delivered or replaced. Each step can run again (a retried
 * job) without doing its work twice.
 */
@Service
@Transactional
public class ShipmentService implements OrderShipments {

  static final String NUMBER_PREFIX = "SH";
  static final String NUMBER_SEQUENCE = "shipment_number_seq";
  private static final Set<ShipmentStatus> NOT_SHIPPED =
      EnumSet.of(ShipmentStatus.AWAITING_STOCK, ShipmentStatus.TO_PLAN, ShipmentStatus.PLANNED);

  private final ShipmentRepository shipments;
  private final StockReservationService stock;
  private final OrderLifecycle lifecycle;
  private final BusinessNumbers numbers;
  private final DocumentService documents;
  private final DeliveryNoteDocument deliveryNotes;
  private final ProductCatalog products;
  private final OrderToCashProperties properties;
  private final Clock clock;

  public ShipmentService(ShipmentRepository shipments, StockReservationService stock, OrderLifecycle lifecycle,
      BusinessNumbers numbers, DocumentService documents, DeliveryNoteDocument deliveryNotes, ProductCatalog products,
      OrderToCashProperties properties, Clock clock) {
    this.shipments = shipments;
    this.stock = stock;
    this.lifecycle = lifecycle;
    this.numbers = numbers;
    this.documents = documents;
    this.deliveryNotes = deliveryNotes;
    this.products = products;
    this.properties = properties;
    this.clock = clock;
  }

  /** The order is being shipped (once; a retried step records nothing twice). */
  public void startShipping(String orderNumber, String actor) {
    OrderSnapshot order = lifecycle.order(orderNumber);
    if (order.getStatus() != OrderStatus.SHIPPING) {
      lifecycle.changeStatus(orderNumber, OrderStatus.SHIPPING, actor, "Handed over to the warehouse");
    }
  }

  /**
   * The order's first shipments: an INITIAL one with what is reserved and, when
   * {@code backorderRest}, a BACKORDER (awaiting stock) with what is missing. Without a backorder
   * nothing may be missing. Runs once per order: again, it answers the shipments created before.
   */
  public List<String> createShipments(String orderNumber, boolean backorderRest) {
    ReservationResult reserved = stock.current(orderNumber);
    List<Shipment> existing = shipments.findByOrderNumberOrderById(orderNumber);
    if (!existing.isEmpty()) {
      return existing.stream().filter(s -> s.getKind() == ShipmentKind.INITIAL || s.getKind() == ShipmentKind.BACKORDER)
          .map(Shipment::getNumber).toList();
    }
    if (reserved.isShort() && !backorderRest) {
      throw new IllegalStateException("Order " + orderNumber + " is short of stock and has no backorder decision");
    }
    List<String> created = new ArrayList<>();
    List<ShipmentLine> available = reserved.lines().stream().filter(l -> l.reserved() > 0)
        .map(l -> new ShipmentLine(l.lineNo(), l.sku(), l.reserved())).toList();
    if (!available.isEmpty()) {
      Shipment initial = shipments.save(new Shipment(next(), orderNumber, ShipmentKind.INITIAL,
          ShipmentStatus.TO_PLAN, null, available, clock.instant()));
      for (ShipmentLine line : available) {
        stock.assign(orderNumber, line.getLineNo(), initial.getNumber());
      }
      assignWarehouse(initial);
      created.add(initial.getNumber());
    }
    List<ShipmentLine> missing = reserved.lines().stream().filter(l -> l.missing() > 0)
        .map(l -> new ShipmentLine(l.lineNo(), l.sku(), l.missing())).toList();
    if (!missing.isEmpty()) {
      Shipment backorder = shipments.save(new Shipment(next(), orderNumber, ShipmentKind.BACKORDER,
          ShipmentStatus.AWAITING_STOCK, null, missing, clock.instant()));
      created.add(backorder.getNumber());
    }
    shipments.flush();
    return created;
  }

  /**
   * Reserves what a shipment still misses; true when it can be planned (its status then moves
   * from AWAITING_STOCK to TO_PLAN). Shipments already past planning are left alone.
   */
  public boolean reserveStock(String number) {
    Shipment shipment = shipment(number);
    if (shipment.getStatus() != ShipmentStatus.AWAITING_STOCK) {
      return shipment.getStatus() != ShipmentStatus.CANCELLED;
    }
    boolean complete = stock.reserveShipment(shipment);
    if (complete) {
      shipment.changeStatus(ShipmentStatus.TO_PLAN);
      assignWarehouse(shipment);
    }
    return complete;
  }

  /** Substitutes must be known products for lines of the order; throws IllegalArgumentException. */
  @Transactional(readOnly = true)
  public void checkSubstitutes(String orderNumber, Map<Integer, String> substitutes) {
    OrderSnapshot order = lifecycle.order(orderNumber);
    substitutes.forEach((lineNo, sku) -> {
      if (order.getLines().stream().noneMatch(l -> l.getLineNo() == lineNo)) {
        throw new IllegalArgumentException("Order " + orderNumber + " has no line " + lineNo);
      }
      if (!products.find(sku).isPresent()) {
        throw new IllegalArgumentException("Unknown product " + sku);
      }
    });
  }

  /** Checks and records the warehouse's plan; the promised delivery date follows from it. */
  public LocalDate plan(String number, ShipmentPlan plan) {
    Shipment shipment = shipment(number);
    if (shipment.getStatus() != ShipmentStatus.TO_PLAN && shipment.getStatus() != ShipmentStatus.PLANNED) {
      throw new DomainException.Conflict("Shipment " + number + " is " + shipment.getStatus());
    }
    LocalDate today = LocalDate.now(clock);
    if (plan.shipDate() == null) {
      throw new InvalidShipmentPlan("plannedShipDate", "A ship date is required");
    }
    if (!BusinessDates.withinHorizon(plan.shipDate(), today)) {
      throw new InvalidShipmentPlan("plannedShipDate", BusinessDates.beyondHorizon("The ship date"));
    }
    if (plan.shipDate().isBefore(today)) {
      throw new InvalidShipmentPlan("plannedShipDate", "The ship date " + plan.shipDate() + " lies in the past");
    }
    if (plan.method() == null) {
      throw new InvalidShipmentPlan("shippingMethod", "A shipping method is required");
    }
    boolean carrier = plan.method() == ShippingMethod.CARRIER;
    if (carrier && blank(plan.carrier())) {
      throw new InvalidShipmentPlan("carrier", "A carrier is required for shipping by carrier");
    }
    if (carrier && blank(plan.carrierService())) {
      throw new InvalidShipmentPlan("carrierService", "A carrier service is required for shipping by carrier");
    }
    if (plan.packages() == null || plan.packages() <= 0) {
      throw new InvalidShipmentPlan("packages", "The number of packages must be positive");
    }
    if (plan.weightKg() == null || plan.weightKg().signum() <= 0) {
      throw new InvalidShipmentPlan("weightKg", "The weight must be positive");
    }
    LocalDate promised = plan.shipDate().plusDays(transitDays(plan, lifecycle.order(shipment.getOrderNumber())));
    shipment.plan(plan.shipDate(), plan.method(), carrier ? plan.carrier().trim() : null,
        carrier ? plan.carrierService().trim() : null, plan.packages(),
        plan.weightKg().setScale(3, RoundingMode.HALF_UP), promised);
    return promised;
  }

  /** Transit days by method and service, plus extra days abroad (ordertocash.shipping.*). */
  int transitDays(ShipmentPlan plan, OrderSnapshot order) {
    OrderToCashProperties.Shipping days = properties.shipping();
    int transit = switch (plan.method()) {
      case CUSTOMER_PICKUP -> days.pickupDays();
      case OWN_FLEET -> days.ownFleetDays();
      case CARRIER -> "EXPRESS".equalsIgnoreCase(plan.carrierService().trim())
          ? days.carrierExpressDays() : days.carrierStandardDays();
    };
    boolean abroad = plan.method() != ShippingMethod.CUSTOMER_PICKUP
        && !"CN".equals(order.getDeliveryAddress().country());
    return transit + (abroad ? days.abroadExtraDays() : 0);
  }

  /**
   * Goods leave: the delivery note is issued (once), the reserved stock is issued from the
   * warehouses and the shipment is SHIPPED. Running again changes nothing.
   */
  public DocumentView ship(String number, String trackingNumber, String actor) {
    Shipment shipment = shipment(number);
    if (shipment.getStatus() != ShipmentStatus.PLANNED && shipment.getDeliveryNoteDocumentId() != null) {
      return documents.get(shipment.getDeliveryNoteDocumentId());
    }
    if (shipment.getStatus() != ShipmentStatus.PLANNED) {
      throw new IllegalStateException("Shipment " + number + " is " + shipment.getStatus() + ", not PLANNED");
    }
    if (shipment.getMethod() == ShippingMethod.CARRIER && blank(trackingNumber)) {
      throw new IllegalStateException("Shipment " + number + " goes by carrier and needs a tracking number");
    }
    String tracking = blank(trackingNumber) ? null : trackingNumber.trim();
    DocumentView note = documents.storeOnce(DocumentKind.DELIVERY_NOTE, number, 1, shipment.getOrderNumber(),
        "delivery-note-" + number + ".pdf", DocumentService.PDF, deliveryNotes.render(shipment, tracking), actor);
    stock.issue(number);
    shipment.ship(tracking, note.id(), clock.instant());
    return note;
  }

  /**
   * The shipment arrived. The order is DELIVERED once none of its shipments is still open,
   * PARTIALLY_DELIVERED before that. Returns the order's status.
   */
  public OrderStatus recordDelivery(String number, String actor) {
    Shipment shipment = shipment(number);
    if (shipment.getStatus() != ShipmentStatus.DELIVERED) {
      shipment.track(ShipmentStatus.DELIVERED, clock.instant());
    }
    if (shipment.getKind() == ShipmentKind.AFTER_SALES) {
      // goods for a return: the order was delivered before and keeps its status
      return lifecycle.order(shipment.getOrderNumber()).getStatus();
    }
    List<Shipment> all = shipments.findByOrderNumberOrderById(shipment.getOrderNumber());
    boolean open = all.stream().anyMatch(s -> s.getKind() != ShipmentKind.AFTER_SALES && !s.getStatus().isFinal());
    OrderStatus status = open ? OrderStatus.PARTIALLY_DELIVERED : OrderStatus.DELIVERED;
    OrderSnapshot order = lifecycle.order(shipment.getOrderNumber());
    if (order.getStatus() != status) {
      lifecycle.changeStatus(order.getNumber(), status, actor, "Shipment " + number + " delivered");
    }
    return status;
  }

  /**
   * A REPLACEMENT of a lost or damaged shipment with the same lines, awaiting stock until it is
   * reserved; the original ends LOST or DAMAGED if tracking has not said so yet. Once per shipment: again, it answers the replacement created before.
   */
  public String createReplacement(String number, ShipmentStatus outcome) {
    if (outcome != ShipmentStatus.LOST && outcome != ShipmentStatus.DAMAGED) {
      throw new IllegalArgumentException("Only a LOST or DAMAGED shipment is replaced, not " + outcome);
    }
    Shipment original = shipment(number);
    if (!original.getStatus().isFinal()) {
      // the delivery process normally records it; a replacement never leaves the original open
      original.track(outcome, clock.instant());
    }
    return shipments.findByOrderNumberOrderById(original.getOrderNumber()).stream()
        .filter(s -> number.equals(s.getReplacesShipment())).map(Shipment::getNumber).findFirst()
        .orElseGet(() -> shipments.saveAndFlush(new Shipment(next(), original.getOrderNumber(),
            ShipmentKind.REPLACEMENT, ShipmentStatus.AWAITING_STOCK, number,
            original.getLines().stream().map(l -> new ShipmentLine(l.getLineNo(), l.getSku(), l.getQuantity())).toList(),
            clock.instant())).getNumber());
  }

  /** Cancellation: releases unshipped reservations, cancels unshipped shipments and open requests. */
  public void cancelOrder(String orderNumber) {
    stock.releaseOrder(orderNumber);
    for (Shipment shipment : shipments.findByOrderNumberOrderById(orderNumber)) {
      if (NOT_SHIPPED.contains(shipment.getStatus())) {
        shipment.changeStatus(ShipmentStatus.CANCELLED);
      }
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<ShipmentSummary> of(String orderNumber) {
    return shipments.findByOrderNumberOrderById(orderNumber).stream()
        .map(s -> new ShipmentSummary(s.getNumber(), s.getKind().name(), s.getStatus().name(),
            s.getLines().stream().map(l -> new Line(l.getLineNo(), l.getSku(), l.getQuantity())).toList(),
            s.getPromisedDeliveryDate(), s.getShippedAt(), s.getDeliveredAt(), "/api/shipments/" + s.getNumber(),
            s.getCashCollected()))
        .toList();
  }

  @Transactional(readOnly = true)
  public Shipment shipment(String number) {
    return shipments.findByNumber(number).orElseThrow(() ->
        new DomainException.NotFound("No shipment " + number));
  }

  private void assignWarehouse(Shipment shipment) {
    List<String> codes = stock.ofShipment(shipment.getNumber()).stream()
        .filter(r -> r.getStatus() != StockReservation.Status.RELEASED)
        .map(StockReservation::getWarehouseCode).distinct().toList();
    shipment.assignWarehouse(codes.size() == 1 ? codes.get(0) : null);
  }

  private String next() {
    return numbers.next(NUMBER_PREFIX, NUMBER_SEQUENCE);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

}
