package org.ordertocash.contract;

import org.ordertocash.inventory.ProductView;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.order.OrderSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ordertocash.config.Money;
import org.ordertocash.document.PdfBuilder;

/** The contract PDF: parties, lines and prices, payment terms, delivery, penalties, clauses. */
final class ContractDocument {

  private ContractDocument() {}

  static byte[] render(Contract contract, int version, OrderSnapshot order, CustomerView customer,
      java.util.function.Function<String, String> productName, String company, String changeNote, Instant at) {
    String currency = order.getCurrency();
    PdfBuilder pdf = new PdfBuilder("Contract " + contract.getNumber() + " version " + version, company, at);
    pdf.title("Sales contract " + contract.getNumber())
        .paragraph("Version " + version + " of " + at.toString().substring(0, 10) + " for order " + order.getNumber()
            + (version > 1 ? "\nAmended: " + changeNote : ""))
        .heading("Parties")
        .fields(List.of(
            new String[] {"Seller", company},
            new String[] {"Buyer", customer.getName() + " (" + customer.getCode() + ")"},
            new String[] {"Buyer's address", customer.getBillingAddress().oneLine()},
            new String[] {"Buyer's contact", customer.getContactName() + ", " + customer.getContactEmail()}))
        .heading("Goods and prices");
    List<List<String>> rows = new ArrayList<>();
    for (OrderSnapshot.Line line : order.getLines()) {
      rows.add(List.of(String.valueOf(line.getLineNo()), line.getSku() + " " + productName.apply(line.getSku()),
          String.valueOf(line.getQuantity()), Money.format(line.getUnitPrice(), currency),
          Money.format(line.amount(), currency)));
    }
    rows.add(List.of("", "Contract value", "", "", Money.format(contract.getContractValue(), currency)));
    pdf.table(List.of("#", "Product", "Qty", "Unit price", "Amount"), rows,
        new float[] {0.06f, 0.44f, 0.1f, 0.2f, 0.2f}, Set.of(2, 3, 4));
    ContractTerms terms = contract.terms();
    pdf.heading("Terms")
        .fields(List.of(
            new String[] {"Payment terms", terms.paymentTerms().name() + " (" + terms.paymentTerms().days() + " days)"},
            new String[] {"Delivery", "by " + terms.deliveryDate() + " to " + order.getDeliveryAddress().oneLine()},
            new String[] {"Late-delivery penalty", terms.penaltyPercentPerWeek().stripTrailingZeros().toPlainString()
                + " % of the contract value per week late, at most "
                + terms.penaltyCapPercent().stripTrailingZeros().toPlainString() + " %"}));
    if (terms.specialClauses() != null && !terms.specialClauses().isBlank()) {
      pdf.heading("Special clauses").paragraph(terms.specialClauses());
    }
    return pdf.heading("Signatures")
        .paragraph("For the seller: ______________________ (authorised signatory)\n\n"
            + "For the buyer: ______________________ date: ____________")
        .build();
  }

  static String productName(ProductView product) {
    return product == null ? "" : product.getName();
  }
}
