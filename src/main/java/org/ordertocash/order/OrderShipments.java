package org.ordertocash.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shipments of an order as its view lists them. Implemented by the shipment feature, which
 * depends on orders (not the other way round); without it an order shows no shipments.
 */
public interface OrderShipments {

  List<ShipmentSummary> of(String orderNumber);

  /** One shipment of the order: which lines and quantities, where it stands, when it is due. */
  record ShipmentSummary(String number, String kind, String status, List<Line> lines,
      LocalDate promisedDeliveryDate, Instant shippedAt, Instant deliveredAt, String href,
      java.math.BigDecimal cashCollected) {}

  record Line(int lineNo, String sku, int quantity) {}
}
