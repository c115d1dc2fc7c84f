package org.ordertocash.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.document.DocumentLayout;
import org.springframework.stereotype.Component;

/** The statement's layout: what the PDF sent to a customer says. */
@Component
class StatementDocument {

  private final OrderToCashProperties properties;
  private final CustomerDirectory customers;
  private final DocumentLayout layout;

  StatementDocument(OrderToCashProperties properties, CustomerDirectory customers, DocumentLayout layout) {
    this.properties = properties;
    this.customers = customers;
    this.layout = layout;
  }

  byte[] render(Statement statement) {
    Labels labels = properties.labels(customers.get(statement.customer()).getLanguage());
    String currency = statement.currency();
    List<List<String>> rows = new ArrayList<>();
    for (Statement.Entry entry : statement.entries()) {
      rows.add(List.of(labels.date(entry.date()), labels.code("StatementEntry", entry.kind()),
          entry.reference(), entry.detail(),
          entry.debit().signum() == 0 ? "" : labels.money(entry.debit(), currency),
          entry.credit().signum() == 0 ? "" : labels.money(entry.credit(), currency),
          labels.money(entry.balance(), currency)));
    }
    String title = labels.text("statement.title", statement.customer());
    return layout.begin(title, labels)
        .title(labels.text("statement.heading"))
        .fields(List.of(
            new String[] {labels.text("field.customer"), statement.name() + " (" + statement.customer() + ")"},
            new String[] {labels.text("field.period"), labels.text("statement.period", labels.date(statement.from()),
                labels.date(statement.to()))}))
        .table(List.of(labels.text("col.date"), labels.text("col.what"), labels.text("col.reference"),
            labels.text("col.detail"), labels.text("col.debit"), labels.text("col.credit"), labels.text("col.balance")),
            rows, new float[] {0.12f, 0.09f, 0.2f, 0.16f, 0.14f, 0.14f, 0.15f}, Set.of(4, 5, 6))
        .totals(List.of(
            new String[] {labels.text("statement.opening", labels.date(statement.from())),
                labels.money(statement.openingBalance(), currency)},
            new String[] {labels.text("statement.closing", labels.date(statement.to())),
                labels.money(statement.closingBalance(), currency)}))
        .paragraph(labels.text("statement.note"))
        .build();
  }
}
