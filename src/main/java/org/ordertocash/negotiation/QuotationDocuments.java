package org.ordertocash.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.DocumentLayout;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
import org.ordertocash.order.OrderSnapshot;
import org.springframework.stereotype.Component;

/** The PDF of a quotation version as the customer gets it, in the customer's language. */
@Component
public class QuotationDocuments {

  private final DocumentLayout layout;
  private final ProductCatalog products;
  private final OrderToCashProperties properties;

  QuotationDocuments(DocumentLayout layout, ProductCatalog products, OrderToCashProperties properties) {
    this.layout = layout;
    this.products = products;
    this.properties = properties;
  }

  public byte[] render(Quotation quotation, QuotationVersion version, OrderSnapshot order, CustomerView customer,
      LocalDate validUntil) {
    Labels labels = properties.labels(customer.getLanguage());
    String currency = quotation.getCurrency();
    List<List<String>> rows = new ArrayList<>();
    for (QuotationLine line : version.getLines()) {
      Optional<ProductView> product = products.find(line.getSku());
      rows.add(List.of(String.valueOf(line.getLineNo()),
          line.getSku() + " " + product.map(p -> p.name(labels.language())).orElse(""),
          labels.quantity(line.getQuantity(), product.map(ProductView::getUnit).orElse(null)),
          labels.money(line.getListPrice(), currency), line.getDiscountPercent().toPlainString() + " %",
          labels.money(line.getUnitPrice(), currency), labels.money(line.amount(), currency)));
    }
    return layout.begin(labels.text("quotation.title", quotation.getNumber(), version.getVersion()), labels)
        .title(labels.text("quotation.heading", quotation.getNumber()))
        .fields(List.of(
            new String[] {labels.text("field.version"), String.valueOf(version.getVersion())},
            new String[] {labels.text("field.customer"), customer.getName() + " (" + customer.getCode() + ")"},
            new String[] {labels.text("field.attention"), customer.getContactName()},
            new String[] {labels.text("field.order"), order.getNumber()},
            new String[] {labels.text("field.paymentTerms"), labels.code(version.getPaymentTerms())},
            new String[] {labels.text("field.validUntil"), labels.date(validUntil)}))
        .table(List.of(labels.text("col.line"), labels.text("col.product"), labels.text("col.quantity"),
            labels.text("col.listPrice"), labels.text("col.discount"), labels.text("col.unitPrice"),
            labels.text("col.amount")), rows,
            new float[] {0.05f, 0.27f, 0.1f, 0.15f, 0.1f, 0.15f, 0.18f}, Set.of(2, 3, 4, 5, 6))
        .totals(List.<String[]>of(new String[] {labels.text("total.total"), labels.money(version.getTotalAmount(), currency)}))
        .paragraph(labels.text("quotation.closing", labels.date(validUntil), labels.code("Currency", currency)))
        .build();
  }
}
