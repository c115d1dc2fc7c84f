package org.ordertocash.shipment;

import static org.ordertocash.config.TaskMarkdown.fit;
import static org.ordertocash.config.TaskMarkdown.text;

import java.util.List;

import org.ordertocash.config.ExposedToModels;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderSnapshot;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shipment as the warehouse's task forms show it ({@code ${shipmentSummaries.markdown(shipmentNumber)}}):
 * its lines, where they are reserved and its plan so far.
 */
@ExposedToModels
@Component("shipmentSummaries")
public class ShipmentSummaries {

  private final ShipmentService shipments;
  private final StockReservationService stock;
  private final OrderLifecycle lifecycle;
  private final ProductCatalog products;

  public ShipmentSummaries(ShipmentService shipments, StockReservationService stock, OrderLifecycle lifecycle,
      ProductCatalog products) {
    this.shipments = shipments;
    this.stock = stock;
    this.lifecycle = lifecycle;
    this.products = products;
  }

  @Transactional(readOnly = true)
  public String markdown(String shipmentNumber) {
    Shipment s = shipments.shipment(shipmentNumber);
    OrderSnapshot order = lifecycle.order(s.getOrderNumber());
    StringBuilder text = new StringBuilder("**Shipment ").append(s.getNumber()).append("** (")
        .append(s.getKind()).append(s.getReplacesShipment() == null ? "" : " of " + s.getReplacesShipment())
        .append(") for order ").append(order.getNumber()).append(" — deliver to ")
        .append(text(order.getDeliveryAddress().oneLine())).append(", requested for ")
        .append(order.getRequestedDeliveryDate()).append("\n\n")
        .append("| Line | Product | Qty | Warehouse |\n|---:|---|---:|---|\n");
    List<StockReservation> reserved = stock.ofShipment(shipmentNumber);
    for (ShipmentLine line : s.getLines()) {
      text.append("| ").append(line.getLineNo()).append(" | ").append(text(line.getSku())).append(" ")
          .append(text(products.find(line.getSku()).map(ProductView::getName).orElse(""))).append(" | ")
          .append(line.getQuantity()).append(" | ").append(StockReservation.warehouses(reserved, line.getLineNo()))
          .append(" |\n");
    }
    if (s.getMethod() != null) {
      text.append("\n**Plan:** ship on ").append(s.getPlannedShipDate()).append(" by ").append(s.getMethod())
          .append(s.getCarrier() == null ? "" : " (" + text(s.getCarrier()) + ", " + s.getCarrierService() + ")")
          .append(", ").append(s.getPackages()).append(" package(s), ").append(s.getWeightKg().stripTrailingZeros().toPlainString())
          .append(" kg; delivery promised for ").append(s.getPromisedDeliveryDate()).append("\n");
    }
    return fit(text.toString(), "… (shortened; the whole shipment: GET /api/shipments/" + s.getNumber() + ")");
  }
}
