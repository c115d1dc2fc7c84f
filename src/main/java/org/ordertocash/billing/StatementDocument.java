package org.ordertocash.billing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.document.PdfBuilder;
import org.springframework.stereotype.Component;

/** The statement's layout: what the PDF sent to a customer says. */
@Component
class StatementDocument {

  private static final java.util.Map<String, String> KINDS =
      java.util.Map.of("INVOICE", "Invoice", "CREDIT_NOTE", "Credit note", "PAYMENT", "Payment");

  private final OrderToCashProperties properties;
  private final Clock clock;

  StatementDocument(OrderToCashProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  byte[] render(Statement statement) {
    String currency = statement.currency();
    List<List<String>> rows = new ArrayList<>();
    for (Statement.Entry entry : statement.entries()) {
      rows.add(List.of(entry.date().toString(), KINDS.getOrDefault(entry.kind(), entry.kind()),
          entry.reference(), entry.detail(),
          entry.debit().signum() == 0 ? "" : Money.format(entry.debit(), currency),
          entry.credit().signum() == 0 ? "" : Money.format(entry.credit(), currency),
          Money.format(entry.balance(), currency)));
    }
    return new PdfBuilder("Statement " + statement.customer(), properties.companyName(), clock.instant())
        .title(properties.companyName() + " - Statement of account")
        .fields(List.of(
            new String[] {"Customer", statement.name() + " (" + statement.customer() + ")"},
            new String[] {"Period", statement.from() + " to " + statement.to()},
            new String[] {"Opening balance (" + statement.from() + ")", Money.format(statement.openingBalance(), currency)},
            new String[] {"Closing balance (" + statement.to() + ")", Money.format(statement.closingBalance(), currency)}))
        .table(List.of("Date", "What", "Reference", "Detail", "Debit", "Credit", "Balance"), rows,
            new float[] {0.11f, 0.09f, 0.21f, 0.16f, 0.14f, 0.14f, 0.15f}, Set.of(4, 5, 6))
        .paragraph("A positive balance is what you owe us; a negative one is your credit with us. Please tell us"
            + " within 14 days if anything here differs from your books.")
        .build();
  }
}
