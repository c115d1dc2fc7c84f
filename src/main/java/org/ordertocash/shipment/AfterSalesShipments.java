package org.ordertocash.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.BusinessNumbers;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipment module's API for returns: what an order's customer has received, and goods sent
 * for a return (a replacement, an exchange, repaired goods) through the shipment process.
 */
@Service
public class AfterSalesShipments {

  /** Starts the shipment process for goods sent for a return (business key = order number). */
  public static final String REQUESTED_MESSAGE = "AfterSalesShipmentRequested";

  private final ShipmentRepository shipments;
  private final BusinessNumbers numbers;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final Clock clock;

  AfterSalesShipments(ShipmentRepository shipments, BusinessNumbers numbers, RuntimeService runtimeService,
      AsSystem asSystem, Clock clock) {
    this.shipments = shipments;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  /** One line of goods: the order line it belongs to, the product and how many. */
  public record GoodsLine(int orderLineNo, String sku, int quantity) {}

  /** Delivered goods of one order line in one shipment, and when they arrived. */
  public record DeliveredLine(String shipmentNumber, int orderLineNo, String sku, int quantity, Instant deliveredAt) {}

  /** Everything of the order that reached the customer, shipment by shipment. */
  @Transactional(readOnly = true)
  public List<DeliveredLine> delivered(String orderNumber) {
    List<DeliveredLine> delivered = new ArrayList<>();
    for (Shipment shipment : shipments.findByOrderNumberOrderById(orderNumber)) {
      if (shipment.getStatus() == ShipmentStatus.DELIVERED) {
        shipment.getLines().forEach(line -> delivered.add(new DeliveredLine(shipment.getNumber(), line.getLineNo(),
            line.getSku(), line.getQuantity(), shipment.getDeliveredAt())));
      }
    }
    return delivered;
  }

  /**
   * Creates the shipment of goods for a return and starts the shipment process for it, once per
   * reference: again, it answers the shipment created before and starts nothing.
   */
  @Transactional
  public String send(String orderNumber, String reference, List<GoodsLine> lines) {
    var earlier = shipments.findByAfterSalesReference(reference);
    if (earlier.isPresent()) {
      return earlier.get().getNumber();
    }
    Shipment shipment = shipments.saveAndFlush(Shipment.afterSales(
        numbers.next(ShipmentService.NUMBER_PREFIX, ShipmentService.NUMBER_SEQUENCE), orderNumber, reference,
        lines.stream().map(l -> new ShipmentLine(l.orderLineNo(), l.sku(), l.quantity())).toList(), clock.instant()));
    asSystem.run(() -> runtimeService.createMessageCorrelation(REQUESTED_MESSAGE)
        .processInstanceBusinessKey(orderNumber)
        .setVariables(Map.of(ShipmentProcess.ORDER_NUMBER.name(), orderNumber,
            ShipmentProcess.SHIPMENT_NUMBERS.name(), List.of(shipment.getNumber()),
            ShipmentProcess.AFTER_SALES_REFERENCE.name(), reference))
        .correlateStartMessage());
    return shipment.getNumber();
  }
}
