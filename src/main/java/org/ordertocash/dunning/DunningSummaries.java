package org.ordertocash.dunning;

import static org.ordertocash.config.TaskMarkdown.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.billing.ReceivableLedger.OpenItem;
import org.ordertocash.config.ExposedToModels;
import org.ordertocash.config.Money;
import org.ordertocash.config.TaskMarkdown;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An overdue invoice as the dunning task forms show it ({@code ${dunningSummaries.markdown(invoiceNumber)}}):
 * who to call, what is open since when, the letters sent and the promises made.
 */
@ExposedToModels
@Component("dunningSummaries")
public class DunningSummaries {

  private final ReceivableLedger ledger;
  private final CustomerDirectory customers;
  private final DunningLetters letters;
  private final Promises promises;
  private final Clock clock;

  public DunningSummaries(ReceivableLedger ledger, CustomerDirectory customers, DunningLetters letters,
      Promises promises, Clock clock) {
    this.ledger = ledger;
    this.customers = customers;
    this.letters = letters;
    this.promises = promises;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public String markdown(String invoiceNumber) {
    OpenItem item = ledger.item(invoiceNumber);
    CustomerView customer = customers.get(item.customerCode());
    String currency = item.currency();
    StringBuilder text = new StringBuilder("**Invoice ").append(item.invoiceNumber()).append("** for order ")
        .append(item.orderNumber()).append(" — ").append(text(customer.getName())).append(" (")
        .append(customer.getCode()).append(", class ").append(customer.getValueClass()).append(")\n\n")
        .append("**Contact:** ").append(contact(customer)).append("\n\n")
        .append("**Open:** ").append(Money.format(item.openAmount(), currency)).append(" of ")
        .append(Money.format(item.amount(), currency)).append(" · **due** ").append(item.dueDate()).append(" · **")
        .append(DunningLetters.daysOverdue(item.dueDate(), LocalDate.now(clock))).append(" days overdue**\n\n");
    text.append("| Letter | Sent | Fee | Interest |\n|---|---|---:|---:|\n");
    for (DunningLetter letter : letters.of(invoiceNumber)) {
      text.append("| ").append(DunningLetterDocument.title(letter.getLevel())).append(" | ")
          .append(LocalDate.ofInstant(letter.getSentAt(), clock.getZone())).append(" | ")
          .append(Money.format(letter.amounts().fee(), currency)).append(" | ")
          .append(Money.format(letter.amounts().interest(), currency)).append(" |\n");
    }
    for (PromiseToPay promise : promises.of(invoiceNumber)) {
      text.append("\n**Promise:** ").append(Money.format(promise.getAmount(), currency)).append(" by ")
          .append(promise.getPromisedDate()).append(" (recorded by ").append(promise.getRecordedBy()).append(")")
          .append(promise.getOutcome() == null ? "" : " — " + promise.getOutcome().name().toLowerCase());
    }
    return text.toString();
  }

  /** Name, phone and mail of the customer's contact, as far as they are known. */
  private static String contact(CustomerView customer) {
    return Stream.of(customer.getContactName(), customer.getContactPhone(), customer.getContactEmail())
        .filter(part -> part != null && !part.isBlank()).map(TaskMarkdown::text)
        .collect(Collectors.joining(" · "));
  }
}
