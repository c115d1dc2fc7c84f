package org.ordertocash.dunning;

import java.time.LocalDate;
import java.util.List;

import org.ordertocash.billing.ReceivableLedger.OpenItem;
import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.DocumentLayout;
import org.springframework.stereotype.Component;

/** The dunning letter's layout: the level's wording and what is claimed. */
@Component
class DunningLetterDocument {

  private final OrderToCashProperties properties;
  private final DocumentLayout layout;

  DunningLetterDocument(OrderToCashProperties properties, DocumentLayout layout) {
    this.properties = properties;
    this.layout = layout;
  }

  static String title(int level) {
    return switch (level) {
      case 1 -> "Payment reminder";
      case 2 -> "Second reminder";
      case 3 -> "Final notice";
      default -> "Notice of hand-over to collections";
    };
  }

  /** The letter's title in a language: levels beyond 4 read as the hand-over notice. */
  static String title(Labels labels, int level) {
    return labels.text("dunning.level" + Math.min(level, 4));
  }

  byte[] render(DunningLetter letter, String text, OpenItem item, CustomerView customer, LocalDate payBy) {
    Labels labels = properties.labels(customer.getLanguage());
    String currency = letter.getCurrency();
    LetterAmounts amounts = letter.amounts();
    String title = title(labels, letter.getLevel());
    return layout.begin(title + " " + item.invoiceNumber(), labels)
        .title(title)
        .fields(List.of(
            new String[] {labels.text("field.customer"), customer.getName() + " (" + customer.getCode() + ")"},
            new String[] {labels.text("field.billingAddress"), customer.getBillingAddress().oneLine()},
            new String[] {labels.text("field.invoiceOrder"), item.invoiceNumber() + " / " + item.orderNumber()},
            new String[] {labels.text("field.dueDate"), labels.text("dunning.overdue", labels.date(item.dueDate()),
                letter.getDaysOverdue())},
            new String[] {labels.text("field.payBy"), labels.date(payBy)}))
        .totals(List.of(
            new String[] {labels.text("total.open"), labels.money(amounts.open(), currency)},
            new String[] {labels.text("total.fee"), labels.money(amounts.fee(), currency)},
            new String[] {labels.text("total.interest", labels.percent(amounts.interestRate())),
                labels.money(amounts.interest(), currency)},
            new String[] {labels.text("total.toPay"), labels.money(amounts.total(), currency)}))
        .paragraph(text)
        .paragraph(labels.text("dunning.closing", item.invoiceNumber()))
        .build();
  }
}
