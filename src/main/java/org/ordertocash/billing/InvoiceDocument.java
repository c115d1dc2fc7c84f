package org.ordertocash.billing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.PdfBuilder;
import org.springframework.stereotype.Component;

/** The invoice's layout, and the credit note's: what the PDF sent to the customer says. */
@Component
class InvoiceDocument {

  private final OrderToCashProperties properties;
  private final Clock clock;

  InvoiceDocument(OrderToCashProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** {@code installments}: the invoice's receivables when it is paid in installments (then listed), else one or none. */
  byte[] render(Invoice invoice, CustomerView customer, List<Receivable> installments) {
    String currency = invoice.getCurrency();
    List<List<String>> rows = new ArrayList<>();
    for (InvoiceLine line : invoice.getLines()) {
      LineAmounts amounts = line.amounts();
      rows.add(List.of(String.valueOf(line.getLineNo()), line.getSku() + " " + line.getDescription(),
          String.valueOf(line.getQuantity()), Money.format(line.getUnitPrice(), currency),
          line.getVatRate().movePointRight(2).stripTrailingZeros().toPlainString() + " %",
          Money.format(amounts.net(), currency), Money.format(amounts.tax(), currency),
          Money.format(amounts.gross(), currency)));
    }
    boolean creditNote = invoice.getKind() == Invoice.Kind.CREDIT_NOTE;
    String what = creditNote ? "Credit note" : "Invoice";
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {what, invoice.getNumber()});
    if (creditNote) {
      fields.add(new String[] {"Corrects invoice", invoice.getCorrectsInvoice()});
      fields.add(new String[] {"Reason", invoice.getReason()});
    }
    fields.add(new String[] {"Order / shipment", invoice.getOrderNumber()
        + (invoice.getShipmentNumber() == null ? "" : " / " + invoice.getShipmentNumber())});
    fields.add(new String[] {"Customer", customer.getName() + " (" + customer.getCode() + ")"});
    fields.add(new String[] {"Billing address", customer.getBillingAddress().oneLine()});
    fields.add(new String[] {creditNote ? "Issued" : "Issued / due", creditNote ? invoice.getIssueDate().toString()
        : invoice.getIssueDate() + " / " + invoice.getDueDate()});
    fields.add(new String[] {"Net", Money.format(invoice.getNetAmount(), currency)});
    fields.add(new String[] {"VAT", Money.format(invoice.getTaxAmount(), currency)});
    fields.add(new String[] {creditNote ? "Credited" : "Amount due", Money.format(invoice.getGrossAmount(), currency)});
    return new PdfBuilder(what + " " + invoice.getNumber(), properties.companyName(), clock.instant())
        .title(properties.companyName() + " - " + what + " " + invoice.getNumber())
        .fields(fields)
        .table(List.of("Line", "Product", "Qty", "Unit price", "Rate", "Net", "VAT", "Gross"), rows,
            new float[] {0.06f, 0.26f, 0.06f, 0.13f, 0.07f, 0.14f, 0.13f, 0.15f}, Set.of(0, 2, 3, 4, 5, 6, 7))
        .paragraph(creditNote ? closingOfCreditNote(invoice, currency)
            : installments.size() > 1 ? closingOfInstallments(invoice, installments, currency)
            : closingOfInvoice(invoice, currency))
        .build();
  }

  private static String closingOfInvoice(Invoice invoice, String currency) {
    return "Please pay " + Money.format(invoice.getGrossAmount(), currency) + " by " + invoice.getDueDate()
        + ", quoting " + invoice.getNumber() + ". " + (invoice.isPrepayment()
            ? "This order is paid in advance: it ships once the amount is received, and is cancelled if it is"
                + " not paid by then. "
            : "") + (invoice.isPricesIncludeTax()
            ? "Prices include VAT; net amounts are worked back per line and rounded to the cent."
            : "VAT is added per line and rounded to the cent.")
        + " The official VAT invoice (fapiao) follows separately.";
  }

  private static String closingOfInstallments(Invoice invoice, List<Receivable> installments, String currency) {
    StringBuilder text = new StringBuilder("Please pay " + Money.format(invoice.getGrossAmount(), currency)
        + " in " + installments.size() + " installments, quoting " + invoice.getNumber() + ":");
    for (Receivable installment : installments) {
      text.append("\n").append(installment.getInstallmentNo()).append(". ")
          .append(Money.format(installment.getAmount(), currency)).append(" by ").append(installment.getDueDate());
    }
    return text.append("\nEach installment is due on its own date; the amounts include VAT. The official VAT")
        .append(" invoice (fapiao) follows separately.").toString();
  }

  private static String closingOfCreditNote(Invoice note, String currency) {
    return "We credit " + Money.format(note.getGrossAmount(), currency) + " including VAT against invoice "
        + note.getCorrectsInvoice() + ". It reduces what is open on that invoice; anything beyond that is your credit"
        + " with us, to be refunded or set against your next invoice. The red-letter VAT invoice (fapiao) follows"
        + " separately.";
  }
}
