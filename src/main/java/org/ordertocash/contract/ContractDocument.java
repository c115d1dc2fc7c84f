package org.ordertocash.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.DocumentLayout;
import org.ordertocash.document.PdfBuilder;
import org.ordertocash.inventory.ProductCatalog;
import org.ordertocash.inventory.ProductView;
import org.ordertocash.order.OrderSnapshot;
import org.springframework.stereotype.Component;

/**
 * The contract PDF in the customer's language: parties, lines and prices, payment terms, delivery,
 * penalties, clauses, and where both sides sign and seal (盖章).
 */
@Component
class ContractDocument {

  private final DocumentLayout layout;
  private final ProductCatalog products;
  private final OrderToCashProperties properties;

  ContractDocument(DocumentLayout layout, ProductCatalog products, OrderToCashProperties properties) {
    this.layout = layout;
    this.products = products;
    this.properties = properties;
  }

  byte[] render(Contract contract, int version, OrderSnapshot order, CustomerView customer, String changeNote,
      java.time.Instant at) {
    Labels labels = properties.labels(customer.getLanguage());
    String currency = order.getCurrency();
    String seller = properties.companyName(labels.language());
    ContractTerms terms = contract.terms();
    PdfBuilder pdf = layout.begin(labels.text("contract.title", contract.getNumber(), version), labels)
        .title(labels.text("contract.heading", contract.getNumber()))
        .paragraph(labels.text("contract.version", version, labels.date(at), order.getNumber())
            + (version > 1 ? "\n" + labels.text("contract.amended", changeNote) : ""))
        .heading(labels.text("contract.parties"))
        .fields(List.of(
            new String[] {labels.text("contract.seller"), seller},
            new String[] {labels.text("contract.buyer"), customer.getName() + " (" + customer.getCode() + ")"},
            new String[] {labels.text("contract.buyerAddress"), customer.getBillingAddress().oneLine()},
            new String[] {labels.text("contract.buyerContact"), customer.getContactName() + ", " + customer.getContactEmail()}))
        .heading(labels.text("contract.goods"));
    List<List<String>> rows = new ArrayList<>();
    for (OrderSnapshot.Line line : order.getLines()) {
      Optional<ProductView> product = products.find(line.getSku());
      rows.add(List.of(String.valueOf(line.getLineNo()),
          line.getSku() + " " + product.map(p -> p.name(labels.language())).orElse(""),
          labels.quantity(line.getQuantity(), product.map(ProductView::getUnit).orElse(null)),
          labels.money(line.getUnitPrice(), currency), labels.money(line.amount(), currency)));
    }
    pdf.table(List.of(labels.text("col.line"), labels.text("col.product"), labels.text("col.quantity"),
            labels.text("col.unitPrice"), labels.text("col.amount")), rows,
            new float[] {0.06f, 0.42f, 0.12f, 0.2f, 0.2f}, Set.of(2, 3, 4))
        .totals(List.<String[]>of(new String[] {labels.text("contract.value"),
            labels.money(contract.getContractValue(), currency)}))
        .heading(labels.text("contract.terms"))
        .fields(List.of(
            new String[] {labels.text("field.paymentTerms"), labels.code(terms.paymentTerms())},
            new String[] {labels.text("contract.delivery"), labels.text("contract.deliveryBy",
                labels.date(terms.deliveryDate()), order.getDeliveryAddress().oneLine())},
            new String[] {labels.text("contract.penalty"), labels.text("contract.penaltyText",
                terms.penaltyPercentPerWeek().stripTrailingZeros().toPlainString(),
                terms.penaltyCapPercent().stripTrailingZeros().toPlainString())}));
    if (terms.specialClauses() != null && !terms.specialClauses().isBlank()) {
      pdf.heading(labels.text("contract.specialClauses")).paragraph(terms.specialClauses());
    }
    List<String> lines = List.of(labels.text("sign.signatory"), labels.text("sign.date"));
    return pdf.heading(labels.text("contract.signatures"))
        .signatures(List.of(
            new PdfBuilder.SignatureBox(labels.text("contract.sellerSeal"), lines),
            new PdfBuilder.SignatureBox(labels.text("contract.buyerSeal"), lines)))
        .build();
  }
}
