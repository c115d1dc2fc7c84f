package org.ordertocash.dunning;

import static org.ordertocash.config.TaskMarkdown.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.billing.ReceivableLedger.OpenItem;
import org.ordertocash.config.ExposedToModels;
import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
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
  private final OrderToCashProperties properties;

  public DunningSummaries(ReceivableLedger ledger, CustomerDirectory customers, DunningLetters letters,
      Promises promises, Clock clock, OrderToCashProperties properties) {
    this.properties = properties;
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
    Labels labels = properties.labels();
    String currency = item.currency();
    StringBuilder text = new StringBuilder(labels.text("task.dunning.heading", item.invoiceNumber(), item.orderNumber(),
            text(customer.getName()), customer.getCode(), customer.getValueClass())).append("\n\n")
        .append(labels.text("task.dunning.contact", contact(customer))).append("\n\n")
        .append(labels.text("task.dunning.open", Money.format(item.openAmount(), currency),
            Money.format(item.amount(), currency), labels.date(item.dueDate()),
            DunningLetters.daysOverdue(item.dueDate(), LocalDate.now(clock)))).append("\n\n");
    text.append(labels.text("task.dunning.columns")).append("\n|---|---|---:|---:|\n");
    for (DunningLetter letter : letters.of(invoiceNumber)) {
      text.append("| ").append(DunningLetterDocument.title(labels, letter.getLevel())).append(" | ")
          .append(labels.date(letter.getSentAt())).append(" | ")
          .append(Money.format(letter.amounts().fee(), currency)).append(" | ")
          .append(Money.format(letter.amounts().interest(), currency)).append(" |\n");
    }
    for (PromiseToPay promise : promises.of(invoiceNumber)) {
      text.append("\n").append(labels.text("task.dunning.promise", Money.format(promise.getAmount(), currency),
          labels.date(promise.getPromisedDate()), promise.getRecordedBy()))
          .append(promise.getOutcome() == null ? "" : " — " + labels.code(promise.getOutcome()));
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
