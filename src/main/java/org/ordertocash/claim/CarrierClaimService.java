package org.ordertocash.claim;

import org.ordertocash.order.OrderSnapshot;
import org.ordertocash.config.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.Money;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.shipment.DeliveryService;
import org.ordertocash.shipment.ShipmentDirectory;
import org.ordertocash.shipment.ShippedGoods;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrier claims for lost or damaged shipments: one per shipment, each worked in its own
 * {@code carrier-claim} process (business key = order number). Every step is a conditional
 * update: repeating one (a retried job) changes nothing more.
 */
@Service
public class CarrierClaimService {

  private final CarrierClaimRepository claims;
  private final ShipmentDirectory shipments;
  private final OrderLifecycle orders;
  private final BusinessNumbers numbers;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final DeliveryService deliveries;
  private final OrderToCashProperties properties;
  private final Clock clock;

  public CarrierClaimService(CarrierClaimRepository claims, ShipmentDirectory shipments, OrderLifecycle orders,
      BusinessNumbers numbers, RuntimeService runtimeService, AsSystem asSystem, DeliveryService deliveries,
      OrderToCashProperties properties, Clock clock) {
    this.claims = claims;
    this.shipments = shipments;
    this.orders = orders;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.deliveries = deliveries;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Opens the claim for a lost or damaged shipment and starts its process; a shipment that already
   * has a claim keeps it (no second claim, no second process). Returns the claim number.
   */
  @Transactional
  public String open(String shipmentNumber, ClaimReason reason) {
    Optional<CarrierClaim> existing = claims.findByShipmentNumber(shipmentNumber);
    if (existing.isPresent()) {
      return existing.get().getNumber();
    }
    ShippedGoods shipment = shipments.goods(shipmentNumber)
        .orElseThrow(() -> new IllegalStateException("No shipment " + shipmentNumber));
    OrderSnapshot order = orders.order(shipment.orderNumber());
    BigDecimal goodsValue = goodsValue(shipment, order);
    LocalDate deadline = LocalDate.now(clock).plusDays(properties.claims().deadlineDays());
    CarrierClaim claim = claims.saveAndFlush(new CarrierClaim(numbers.next("CL", "carrier_claim_number_seq"),
        order.getNumber(), shipmentNumber, reason, shipment.carrier(), shipment.trackingNumber(), goodsValue,
        order.getCurrency(), deadline, clock.instant()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderNumber", order.getNumber());
    variables.put("shipmentNumber", shipmentNumber);
    variables.put("claimNumber", claim.getNumber());
    variables.put("reason", reason.name());
    variables.put("carrier", shipment.carrier());
    variables.put("trackingNumber", shipment.trackingNumber());
    variables.put("goodsValueText", Money.format(goodsValue, order.getCurrency()));
    // Proposals the evidence form shows in its inputs (number and date fields).
    variables.put("claimAmount", goodsValue.doubleValue());
    variables.put("claimDeadline", deadline.toString());
    variables.put("claimReminderInterval", properties.claims().reminderInterval().toString());
    asSystem.run(() -> runtimeService.createMessageCorrelation(CarrierClaimProcess.REQUESTED_MESSAGE)
        .processInstanceBusinessKey(order.getNumber()).setVariables(variables).correlateStartMessage());
    return claim.getNumber();
  }

  /** Submits the claim with its evidence; returns the moment the deadline passes (timer date). */
  @Transactional
  public String submit(String number, String evidence, BigDecimal amount, LocalDate deadline, String carrierReference,
      String user) {
    CarrierClaim claim = claim(number);
    if (claim.getStatus() == ClaimStatus.OPEN) {
      claim.submit(evidence, amount.setScale(2, RoundingMode.HALF_UP), deadline, carrierReference, user, clock.instant());
    }
    return deliveries.endOfDay(claim.getClaimDeadline());
  }

  @Transactional
  public void followedUp(String number, String note) {
    claim(number).followedUp(note);
  }

  @Transactional
  public void reminded(String number) {
    claim(number).reminded();
  }

  @Transactional
  public void paid(String number, BigDecimal amount, String user) {
    CarrierClaim claim = claim(number);
    if (claim.getStatus() == ClaimStatus.SUBMITTED) {
      claim.paid(amount.setScale(2, RoundingMode.HALF_UP), user, clock.instant());
    }
  }

  @Transactional
  public void rejected(String number, String reason, String user) {
    CarrierClaim claim = claim(number);
    if (claim.getStatus() == ClaimStatus.SUBMITTED) {
      claim.rejected(reason, user, clock.instant());
    }
  }

  @Transactional
  public void expired(String number) {
    CarrierClaim claim = claim(number);
    if (claim.getStatus() == ClaimStatus.SUBMITTED) {
      claim.expired(clock.instant());
    }
  }

  @Transactional
  public void writtenOff(String number, String note, String user) {
    CarrierClaim claim = claim(number);
    if (claim.getStatus() == ClaimStatus.REJECTED || claim.getStatus() == ClaimStatus.EXPIRED) {
      claim.writtenOff(note, user, clock.instant());
    }
  }

  @Transactional(readOnly = true)
  public ClaimView view(String number) {
    return claims.findByNumber(number).map(ClaimView::of)
        .orElseThrow(() -> new DomainException.NotFound("No claim " + number));
  }

  @Transactional(readOnly = true)
  public List<ClaimView> forOrder(String orderNumber) {
    return claims.findByOrderNumberOrderById(orderNumber).stream().map(ClaimView::of).toList();
  }

  /** What the shipped goods are worth at the order's prices. */
  static BigDecimal goodsValue(ShippedGoods shipment, OrderSnapshot order) {
    BigDecimal total = BigDecimal.ZERO;
    for (ShippedGoods.Line line : shipment.lines()) {
      BigDecimal price = order.getLines().stream()
          .filter(orderLine -> orderLine.getLineNo() == line.orderLineNo())
          .map(OrderSnapshot.Line::getUnitPrice)
          .findFirst()
          .orElse(BigDecimal.ZERO);
      total = total.add(price.multiply(BigDecimal.valueOf(line.quantity())));
    }
    return total.setScale(2, RoundingMode.HALF_UP);
  }

  private CarrierClaim claim(String number) {
    return claims.findByNumber(number).orElseThrow(() -> new IllegalStateException("No claim " + number));
  }
}
