package org.ordertocash.shipment;

import static org.ordertocash.config.TaskMarkdown.fit;
import static org.ordertocash.config.TaskMarkdown.text;

import java.util.List;
import java.util.Optional;

import org.ordertocash.config.ExposedToModels;
import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
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
  private final OrderToCashProperties properties;

  public ShipmentSummaries(ShipmentService shipments, StockReservationService stock, OrderLifecycle lifecycle,
      ProductCatalog products, OrderToCashProperties properties) {
    this.properties = properties;
    this.shipments = shipments;
    this.stock = stock;
    this.lifecycle = lifecycle;
    this.products = products;
  }

  @Transactional(readOnly = true)
  public String markdown(String shipmentNumber) {
    Shipment s = shipments.shipment(shipmentNumber);
    OrderSnapshot order = lifecycle.order(s.getOrderNumber());
    Labels labels = properties.labels();
    StringBuilder text = new StringBuilder(labels.text("task.shipment.heading", s.getNumber(), labels.code(s.getKind()),
            s.getReplacesShipment() == null ? "" : labels.text("task.shipment.replaces", s.getReplacesShipment()),
            order.getNumber(), text(order.getDeliveryAddress().oneLine()), labels.date(order.getRequestedDeliveryDate())))
        .append("\n\n").append(labels.text("task.shipment.columns")).append("\n|---:|---|---:|---|\n");
    List<StockReservation> reserved = stock.ofShipment(shipmentNumber);
    for (ShipmentLine line : s.getLines()) {
      Optional<ProductView> product = products.find(line.getSku());
      text.append("| ").append(line.getLineNo()).append(" | ").append(text(line.getSku())).append(" ")
          .append(text(product.map(p -> p.name(labels.language())).orElse(""))).append(" | ")
          .append(labels.quantity(line.getQuantity(), product.map(ProductView::getUnit).orElse(null))).append(" | ")
          .append(StockReservation.warehouses(reserved, line.getLineNo())).append(" |\n");
    }
    if (s.getMethod() != null) {
      String by = labels.code(s.getMethod()) + (s.getCarrier() == null ? ""
          : labels.text("task.shipment.carrier", text(s.getCarrier()), labels.code("CarrierService", s.getCarrierService())));
      text.append("\n").append(labels.text("task.shipment.plan", labels.date(s.getPlannedShipDate()), by, s.getPackages(),
          s.getWeightKg().stripTrailingZeros().toPlainString(), labels.date(s.getPromisedDeliveryDate()))).append("\n");
    }
    return fit(text.toString(), labels.text("task.shipment.shortened", s.getNumber()));
  }
}
