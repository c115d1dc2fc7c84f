package org.ordertocash.shipment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.DocumentLayout;
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
  private final DocumentLayout layout;

  DeliveryNoteDocument(OrderLifecycle lifecycle, CustomerDirectory customers, StockReservationService stock,
      ProductCatalog products, OrderToCashProperties properties, DocumentLayout layout) {
    this.lifecycle = lifecycle;
    this.customers = customers;
    this.stock = stock;
    this.products = products;
    this.properties = properties;
    this.layout = layout;
  }

  byte[] render(Shipment s, String tracking) {
    OrderSnapshot order = lifecycle.order(s.getOrderNumber());
    CustomerView customer = customers.get(order.getCustomerCode());
    Labels labels = properties.labels(customer.getLanguage());
    List<StockReservation> reserved = stock.ofShipment(s.getNumber());
    List<List<String>> rows = new ArrayList<>();
    int pieces = 0;
    for (ShipmentLine line : s.getLines()) {
      Optional<ProductView> product = products.find(line.getSku());
      rows.add(List.of(String.valueOf(line.getLineNo()), line.getSku(),
          product.map(p -> p.name(labels.language())).orElse(""),
          labels.quantity(line.getQuantity(), product.map(ProductView::getUnit).orElse(null)),
          StockReservation.warehouses(reserved, line.getLineNo())));
      pieces += line.getQuantity();
    }
    String title = labels.text("deliveryNote.title", s.getNumber());
    return layout.begin(title, labels)
        .title(title)
        .fields(fields(s, order, customer, tracking, labels))
        .table(List.of(labels.text("col.line"), labels.text("col.sku"), labels.text("col.product"),
            labels.text("col.quantity"), labels.text("col.warehouse")), rows,
            new float[] {0.08f, 0.15f, 0.42f, 0.13f, 0.22f}, Set.of(0, 3))
        .totals(List.<String[]>of(new String[] {labels.text("deliveryNote.lines"), String.valueOf(rows.size())},
            new String[] {labels.text("deliveryNote.pieces"), String.valueOf(pieces)}))
        .paragraph(labels.text("deliveryNote.closing"))
        .signatures(List.of(
            new PdfBuilder.SignatureBox(labels.text("deliveryNote.shipper"),
                List.of(labels.text("sign.name"), labels.text("sign.date"))),
            new PdfBuilder.SignatureBox(labels.text("deliveryNote.receiver"),
                List.of(labels.text("sign.name"), labels.text("deliveryNote.receivedIntact"), labels.text("sign.date")))))
        .build();
  }

  private static List<String[]> fields(Shipment s, OrderSnapshot order, CustomerView customer, String tracking,
      Labels labels) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {labels.text("field.shipment"), s.getNumber() + " (" + labels.code(s.getKind()) + ")"});
    fields.add(new String[] {labels.text("field.order"), order.getNumber()});
    fields.add(new String[] {labels.text("field.customer"), customer.getName() + " (" + customer.getCode() + ")"});
    fields.add(new String[] {labels.text("field.deliverTo"), order.getDeliveryAddress().oneLine()});
    fields.add(new String[] {labels.text("field.shipDate"), labels.date(s.getPlannedShipDate())});
    fields.add(new String[] {labels.text("field.shippingMethod"), labels.code(s.getMethod())
        + (s.getCarrier() == null ? "" : ", " + s.getCarrier() + " · " + labels.code("CarrierService", s.getCarrierService()))});
    if (tracking != null) {
      fields.add(new String[] {labels.text("field.trackingNumber"), tracking});
    }
    fields.add(new String[] {labels.text("field.packagesWeight"), labels.text("deliveryNote.packagesWeight",
        s.getPackages(), s.getWeightKg().stripTrailingZeros().toPlainString())});
    fields.add(new String[] {labels.text("field.promisedDelivery"), labels.date(s.getPromisedDeliveryDate())});
    if (s.getReplacesShipment() != null) {
      fields.add(new String[] {labels.text("field.replaces"), s.getReplacesShipment()});
    }
    return fields;
  }
}
