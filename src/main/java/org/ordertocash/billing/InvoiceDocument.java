package org.ordertocash.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.DocumentLayout;
import org.springframework.stereotype.Component;

/** The invoice's layout, and the credit note's: what the PDF sent to the customer says. */
@Component
class InvoiceDocument {

  private final OrderToCashProperties properties;
  private final DocumentLayout layout;

  InvoiceDocument(OrderToCashProperties properties, DocumentLayout layout) {
    this.properties = properties;
    this.layout = layout;
  }

  /** {@code installments}: the invoice's receivables when it is paid in installments (then listed), else one or none. */
  byte[] render(Invoice invoice, CustomerView customer, List<Receivable> installments) {
    Labels labels = properties.labels(customer.getLanguage());
    String currency = invoice.getCurrency();
    List<List<String>> rows = new ArrayList<>();
    for (InvoiceLine line : invoice.getLines()) {
      LineAmounts amounts = line.amounts();
      rows.add(List.of(String.valueOf(line.getLineNo()), line.getSku() + " " + line.getDescription(),
          String.valueOf(line.getQuantity()), labels.money(line.getUnitPrice(), currency),
          labels.percent(line.getVatRate()), labels.money(amounts.net(), currency),
          labels.money(amounts.tax(), currency), labels.money(amounts.gross(), currency)));
    }
    boolean creditNote = invoice.getKind() == Invoice.Kind.CREDIT_NOTE;
    String title = labels.text(creditNote ? "creditNote.title" : "invoice.title", invoice.getNumber());
    List<String[]> fields = new ArrayList<>();
    if (creditNote) {
      fields.add(new String[] {labels.text("field.correctsInvoice"), invoice.getCorrectsInvoice()});
      fields.add(new String[] {labels.text("field.reason"), invoice.getReason()});
    }
    fields.add(new String[] {labels.text("field.orderShipment"), invoice.getOrderNumber()
        + (invoice.getShipmentNumber() == null ? "" : " / " + invoice.getShipmentNumber())});
    fields.add(new String[] {labels.text("field.customer"), customer.getName() + " (" + customer.getCode() + ")"});
    fields.add(new String[] {labels.text("field.billingAddress"), customer.getBillingAddress().oneLine()});
    fields.add(new String[] {labels.text("field.issued"), labels.date(invoice.getIssueDate())});
    if (!creditNote) {
      fields.add(new String[] {labels.text("field.dueDate"), labels.date(invoice.getDueDate())});
    }
    return layout.begin(title, labels)
        .title(title)
        .fields(fields)
        .table(List.of(labels.text("col.line"), labels.text("col.product"), labels.text("col.qty"),
            labels.text("col.unitPrice"), labels.text("col.vatRate"), labels.text("col.net"), labels.text("col.vat"),
            labels.text("col.gross")), rows,
            new float[] {0.06f, 0.26f, 0.06f, 0.13f, 0.07f, 0.14f, 0.13f, 0.15f}, Set.of(0, 2, 3, 4, 5, 6, 7))
        .totals(List.of(
            new String[] {labels.text("total.net"), labels.money(invoice.getNetAmount(), currency)},
            new String[] {labels.text("total.vat"), labels.money(invoice.getTaxAmount(), currency)},
            new String[] {labels.text(creditNote ? "total.credited" : "total.due"),
                labels.money(invoice.getGrossAmount(), currency)}))
        .paragraph(creditNote ? closingOfCreditNote(invoice, labels)
            : installments.size() > 1 ? closingOfInstallments(invoice, installments, labels)
            : closingOfInvoice(invoice, labels))
        .build();
  }

  private static String closingOfInvoice(Invoice invoice, Labels labels) {
    return labels.text("invoice.payBy", labels.money(invoice.getGrossAmount(), invoice.getCurrency()),
        labels.date(invoice.getDueDate()), invoice.getNumber())
        + (invoice.isPrepayment() ? labels.text("invoice.prepayment") : "")
        + labels.text(invoice.isPricesIncludeTax() ? "invoice.pricesIncludeTax" : "invoice.taxAdded")
        + labels.text("invoice.fapiao");
  }

  private static String closingOfInstallments(Invoice invoice, List<Receivable> installments, Labels labels) {
    String currency = invoice.getCurrency();
    StringBuilder text = new StringBuilder(labels.text("invoice.payInInstallments",
        labels.money(invoice.getGrossAmount(), currency), installments.size(), invoice.getNumber()));
    for (Receivable installment : installments) {
      text.append("\n").append(labels.text("invoice.installment", installment.getInstallmentNo(),
          labels.money(installment.getAmount(), currency), labels.date(installment.getDueDate())));
    }
    return text.append("\n").append(labels.text("invoice.installmentsClosing")).append(labels.text("invoice.fapiao"))
        .toString();
  }

  private static String closingOfCreditNote(Invoice note, Labels labels) {
    return labels.text("creditNote.closing", labels.money(note.getGrossAmount(), note.getCurrency()),
        note.getCorrectsInvoice());
  }
}
