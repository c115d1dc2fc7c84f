package org.ordertocash.dunning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.billing.ReceivableLedger.OpenItem;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.PdfBuilder;
import org.springframework.stereotype.Component;

/** The dunning letter's layout: the level's wording and what is claimed. */
@Component
class DunningLetterDocument {

  private final OrderToCashProperties properties;
  private final Clock clock;

  DunningLetterDocument(OrderToCashProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  static String title(int level) {
    return switch (level) {
      case 1 -> "Payment reminder";
      case 2 -> "Second reminder";
      case 3 -> "Final notice";
      default -> "Notice of hand-over to collections";
    };
  }

  byte[] render(DunningLetter letter, String text, OpenItem item, CustomerView customer, LocalDate payBy) {
    String currency = letter.getCurrency();
    LetterAmounts amounts = letter.amounts();
    return new PdfBuilder(title(letter.getLevel()) + " " + item.invoiceNumber(), properties.companyName(), clock.instant())
        .title(properties.companyName() + " - " + title(letter.getLevel()))
        .fields(List.of(
            new String[] {"Customer", customer.getName() + " (" + customer.getCode() + ")"},
            new String[] {"Billing address", customer.getBillingAddress().oneLine()},
            new String[] {"Invoice / order", item.invoiceNumber() + " / " + item.orderNumber()},
            new String[] {"Due date", item.dueDate() + " (" + letter.getDaysOverdue() + " days overdue)"},
            new String[] {"Open amount", Money.format(amounts.open(), currency)},
            new String[] {"Fee", Money.format(amounts.fee(), currency)},
            new String[] {"Interest", Money.format(amounts.interest(), currency) + " ("
                + amounts.interestRate().movePointRight(2).stripTrailingZeros().toPlainString() + " % a year)"},
            new String[] {"To pay", Money.format(amounts.total(), currency) + " by " + payBy}))
        .paragraph(text)
        .paragraph("Please quote " + item.invoiceNumber() + " with your payment. If you have paid in the meantime, "
            + "thank you; please disregard this letter.")
        .build();
  }
}
