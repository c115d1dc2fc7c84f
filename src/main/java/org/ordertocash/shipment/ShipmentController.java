package org.ordertocash.shipment;

import org.ordertocash.config.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.ordertocash.order.OrderQueryService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shipments as the warehouse, customer service and auditors look them up (read-only transactions:
 * a shipment's lines are loaded with it).
 */
@RestController
@RequestMapping("/api/shipments")
public class ShipmentController {

  private final ShipmentService shipments;
  private final ShipmentRepository repository;
  private final StockReservationService stock;
  private final OrderQueryService orders;
  private final CurrentUser currentUser;

  public ShipmentController(ShipmentService shipments, ShipmentRepository repository, StockReservationService stock,
      OrderQueryService orders, CurrentUser currentUser) {
    this.shipments = shipments;
    this.repository = repository;
    this.stock = stock;
    this.orders = orders;
    this.currentUser = currentUser;
  }

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  public ShipmentView get(@PathVariable String number) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    return view(shipments.shipment(number));
  }

  @GetMapping
  @Transactional(readOnly = true)
  public List<ShipmentView> ofOrder(@RequestParam String orderNumber) {
    currentUser.requireAnyGroup(Groups.ORDER_READERS);
    orders.requireExists(orderNumber);
    return repository.findByOrderNumberOrderById(orderNumber).stream().map(this::view).toList();
  }

  private ShipmentView view(Shipment s) {
    return new ShipmentView(s.getNumber(), s.getOrderNumber(), s.getKind(), s.getStatus(), s.getReplacesShipment(),
        s.getWarehouseCode(), s.getPlannedShipDate(), s.getMethod(), s.getCarrier(), s.getCarrierService(),
        s.getTrackingNumber(), s.getPackages(), s.getWeightKg(), s.getPromisedDeliveryDate(), s.getCreatedAt(),
        s.getShippedAt(), s.getDeliveredAt(),
        s.getLines().stream().map(l -> new Line(l.getLineNo(), l.getSku(), l.getQuantity())).toList(),
        stock.ofShipment(s.getNumber()).stream().map(r -> new Reservation(r.getLineNo(), r.getSku(),
            r.getWarehouseCode(), r.getQuantity(), r.getStatus().name())).toList(),
        s.getDeliveryNoteDocumentId() == null ? null
            : new DeliveryNote(s.getDeliveryNoteDocumentId(), "/api/documents/" + s.getDeliveryNoteDocumentId()));
  }

  public record ShipmentView(String number, String orderNumber, ShipmentKind kind, ShipmentStatus status,
      String replacesShipment, String warehouseCode, LocalDate plannedShipDate, ShippingMethod method, String carrier,
      String carrierService, String trackingNumber, Integer packages, BigDecimal weightKg,
      LocalDate promisedDeliveryDate, Instant createdAt, Instant shippedAt, Instant deliveredAt, List<Line> lines,
      List<Reservation> reservations, DeliveryNote deliveryNote) {}

  public record Line(int lineNo, String sku, int quantity) {}

  public record Reservation(int lineNo, String sku, String warehouseCode, int quantity, String status) {}

  public record DeliveryNote(long documentId, String href) {}
}
