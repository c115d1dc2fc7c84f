package org.ordertocash.shipment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.PdfBuilder;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderSnapshot;
import org.springframework.stereotype.Component;

/** The delivery note's layout: what the PDF that travels with a shipment says. */
@Component
class DeliveryNoteDocument {

  private final OrderLifecycle lifecycle;
  private final CustomerDirectory customers;
  private final StockReservationService stock;
  private final ProductCatalog products;
  private final OrderToCashProperties properties;
  private final Clock clock;

  DeliveryNoteDocument(OrderLifecycle lifecycle, CustomerDirectory customers, StockReservationService stock,
      ProductCatalog products, OrderToCashProperties properties, Clock clock) {
    this.lifecycle = lifecycle;
    this.customers = customers;
    this.stock = stock;
    this.products = products;
    this.properties = properties;
    this.clock = clock;
  }

  byte[] render(Shipment s, String tracking) {
    OrderSnapshot order = lifecycle.order(s.getOrderNumber());
    CustomerView customer = customers.get(order.getCustomerCode());
    List<StockReservation> reserved = stock.ofShipment(s.getNumber());
    List<List<String>> rows = new ArrayList<>();
    for (ShipmentLine line : s.getLines()) {
      rows.add(List.of(String.valueOf(line.getLineNo()), line.getSku(),
          products.find(line.getSku()).map(ProductView::getName).orElse(""),
          String.valueOf(line.getQuantity()), StockReservation.warehouses(reserved, line.getLineNo())));
    }
    return new PdfBuilder("Delivery note " + s.getNumber(), properties.companyName(), clock.instant())
        .title(properties.companyName() + " - Delivery note " + s.getNumber())
        .fields(fields(s, order, customer, tracking))
        .table(List.of("Line", "SKU", "Product", "Qty", "Warehouse"), rows,
            new float[] {0.08f, 0.15f, 0.42f, 0.1f, 0.25f}, Set.of(0, 3))
        .paragraph("Issued " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            + ". Please check the goods on receipt and note any damage on the carrier's papers.")
        .build();
  }

  private static List<String[]> fields(Shipment s, OrderSnapshot order, CustomerView customer, String tracking) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"Shipment", s.getNumber() + " (" + s.getKind() + ")"});
    fields.add(new String[] {"Order", order.getNumber()});
    fields.add(new String[] {"Customer", customer.getName() + " (" + customer.getCode() + ")"});
    fields.add(new String[] {"Deliver to", order.getDeliveryAddress().oneLine()});
    fields.add(new String[] {"Ship date", String.valueOf(s.getPlannedShipDate())});
    fields.add(new String[] {"Method", s.getMethod() + (s.getCarrier() == null ? "" : ", " + s.getCarrier() + " " + s.getCarrierService())});
    if (tracking != null) {
      fields.add(new String[] {"Tracking number", tracking});
    }
    fields.add(new String[] {"Packages / weight", s.getPackages() + " / " + s.getWeightKg().stripTrailingZeros().toPlainString() + " kg"});
    fields.add(new String[] {"Delivery promised for", String.valueOf(s.getPromisedDeliveryDate())});
    if (s.getReplacesShipment() != null) {
      fields.add(new String[] {"Replaces", s.getReplacesShipment()});
    }
    return fields;
  }
}
