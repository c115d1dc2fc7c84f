package org.ordertocash.negotiation;

import org.ordertocash.inventory.ProductView;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.order.OrderSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ordertocash.config.Money;
import org.ordertocash.document.PdfBuilder;
import org.springframework.stereotype.Component;

/** The PDF of a quotation version as the customer gets it. */
@Component
public class QuotationDocuments {

  public byte[] render(Quotation quotation, QuotationVersion version, OrderSnapshot order, CustomerView customer,
      LocalDate validUntil, String company, Instant now) {
    String currency = quotation.getCurrency();
    List<List<String>> rows = new ArrayList<>();
    for (QuotationLine line : version.getLines()) {
      rows.add(List.of(String.valueOf(line.getLineNo()), line.getSku(), String.valueOf(line.getQuantity()),
          Money.format(line.getListPrice(), currency), line.getDiscountPercent().toPlainString() + " %",
          Money.format(line.getUnitPrice(), currency), Money.format(line.amount(), currency)));
    }
    return new PdfBuilder("Quotation " + quotation.getNumber() + " version " + version.getVersion(), company, now)
        .title("Quotation " + quotation.getNumber())
        .fields(List.of(
            new String[] {"Version", String.valueOf(version.getVersion())},
            new String[] {"Customer", customer.getName() + " (" + customer.getCode() + ")"},
            new String[] {"Attention", customer.getContactName()},
            new String[] {"Order", order.getNumber()},
            new String[] {"Payment terms", version.getPaymentTerms().name()},
            new String[] {"Valid until", validUntil.toString()}))
        .table(List.of("#", "Product", "Qty", "List price", "Discount", "Unit price", "Amount"), rows,
            new float[] {0.05f, 0.13f, 0.07f, 0.2f, 0.12f, 0.2f, 0.23f}, Set.of(2, 3, 4, 5, 6))
        .paragraph("Total: " + Money.format(version.getTotalAmount(), currency))
        .paragraph("This quotation is valid until " + validUntil + ". Prices in " + currency + ".")
        .build();
  }
}
