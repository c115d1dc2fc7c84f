package org.ordertocash.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Goods of one order that leave the warehouse together. The warehouse plans it (date, method,
 * carrier, packages), ships it with a delivery note, and the carrier's tracking events move it on
 * until it is delivered, lost or damaged.
 */
@Entity
@Table(name = "shipment")
public class Shipment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String number;
  private String orderNumber;
  @Enumerated(EnumType.STRING)
  private ShipmentKind kind;
  @Enumerated(EnumType.STRING)
  private ShipmentStatus status;
  /** For a replacement: the number of the lost or damaged shipment it replaces. */
  private String replacesShipment;
  private String warehouseCode;
  private LocalDate plannedShipDate;
  @Enumerated(EnumType.STRING)
  private ShippingMethod method;
  private String carrier;
  private String carrierService;
  private String trackingNumber;
  private Integer packages;
  private BigDecimal weightKg;
  private LocalDate promisedDeliveryDate;
  private Long deliveryNoteDocumentId;
  private Instant shippedAt;
  private Instant deliveredAt;
  /** Cash on delivery: what the carrier last reported collecting from the receiver. */
  private java.math.BigDecimal cashCollected;
  /** For goods sent for a return: the return's number and purpose, so a repeated step finds the shipment. */
  private String afterSalesReference;
  private Instant createdAt;
  @Version
  private int version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "shipment_id", nullable = false)
  @OrderBy("lineNo")
  private List<ShipmentLine> lines = new ArrayList<>();

  protected Shipment() {}

  public Shipment(String number, String orderNumber, ShipmentKind kind, ShipmentStatus status,
      String replacesShipment, List<ShipmentLine> lines, Instant createdAt) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("A shipment needs at least one line");
    }
    this.number = number;
    this.orderNumber = orderNumber;
    this.kind = kind;
    this.status = status;
    this.replacesShipment = replacesShipment;
    this.lines.addAll(lines);
    this.createdAt = createdAt;
  }

  public void plan(LocalDate shipDate, ShippingMethod method, String carrier, String carrierService,
      int packages, BigDecimal weightKg, LocalDate promisedDeliveryDate) {
    this.plannedShipDate = shipDate;
    this.method = method;
    this.carrier = carrier;
    this.carrierService = carrierService;
    this.packages = packages;
    this.weightKg = weightKg;
    this.promisedDeliveryDate = promisedDeliveryDate;
    this.status = ShipmentStatus.PLANNED;
  }

  public void ship(String trackingNumber, Long deliveryNoteDocumentId, Instant at) {
    this.trackingNumber = trackingNumber;
    this.deliveryNoteDocumentId = deliveryNoteDocumentId;
    this.shippedAt = at;
    this.status = ShipmentStatus.SHIPPED;
  }

  /** Moves the shipment to a status a tracking event reported; DELIVERED records when. */
  public void track(ShipmentStatus newStatus, Instant at) {
    this.status = newStatus;
    if (newStatus == ShipmentStatus.DELIVERED) {
      this.deliveredAt = at;
    }
  }

  public void changeStatus(ShipmentStatus newStatus) {
    this.status = newStatus;
  }

  public void assignWarehouse(String warehouseCode) {
    this.warehouseCode = warehouseCode;
  }

  public void promiseDelivery(LocalDate date) {
    this.promisedDeliveryDate = date;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public ShipmentKind getKind() {
    return kind;
  }

  public ShipmentStatus getStatus() {
    return status;
  }

  /** Goods sent for a return, awaiting stock until they are reserved. */
  static Shipment afterSales(String number, String orderNumber, String reference, List<ShipmentLine> lines,
      Instant createdAt) {
    Shipment shipment = new Shipment(number, orderNumber, ShipmentKind.AFTER_SALES, ShipmentStatus.AWAITING_STOCK,
        null, lines, createdAt);
    shipment.afterSalesReference = reference;
    return shipment;
  }

  public String getReplacesShipment() {
    return replacesShipment;
  }

  public String getWarehouseCode() {
    return warehouseCode;
  }

  public LocalDate getPlannedShipDate() {
    return plannedShipDate;
  }

  public ShippingMethod getMethod() {
    return method;
  }

  public String getCarrier() {
    return carrier;
  }

  public String getCarrierService() {
    return carrierService;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public Integer getPackages() {
    return packages;
  }

  public BigDecimal getWeightKg() {
    return weightKg;
  }

  public LocalDate getPromisedDeliveryDate() {
    return promisedDeliveryDate;
  }

  public Long getDeliveryNoteDocumentId() {
    return deliveryNoteDocumentId;
  }

  public Instant getShippedAt() {
    return shippedAt;
  }

  /** The carrier collected {@code amount} from the receiver (its latest report counts). */
  public void recordCashCollected(java.math.BigDecimal amount) {
    this.cashCollected = amount;
  }

  public java.math.BigDecimal getCashCollected() {
    return cashCollected;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<ShipmentLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
