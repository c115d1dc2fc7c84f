package org.ordertocash.shipment;

import java.util.List;

/** What left the warehouse in one shipment, as other modules (carrier claims) see it. */
public record ShippedGoods(String shipmentNumber, String orderNumber, String carrier, String trackingNumber,
    List<Line> lines) {

  /** One shipped order line: the order's line number, the product and how many went. */
  public record Line(int orderLineNo, String sku, int quantity) {}

  static ShippedGoods of(Shipment shipment) {
    return new ShippedGoods(shipment.getNumber(), shipment.getOrderNumber(), shipment.getCarrier(),
        shipment.getTrackingNumber(), shipment.getLines().stream()
            .map(l -> new Line(l.getLineNo(), l.getSku(), l.getQuantity())).toList());
  }
}
