package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ordertocash.config.Labels;
import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.billing.ReceivableLedger.OpenItem;
import org.ordertocash.config.Language;
import org.ordertocash.config.Money;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.document.DocumentView;
import org.ordertocash.order.CustomerMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dunning letters: one per invoice and level, with the decision table's wording, fee and interest
 * rate, rendered as PDF and queued to the customer. A retried step finds its letter, PDF and
 * message again and makes none twice.
 */
@Service
class DunningLetters {

  /** How long the customer has to pay after a letter. */
  static final int DAYS_TO_PAY = 10;

  private final DunningLetterRepository letters;
  private final ReceivableLedger ledger;
  private final CustomerDirectory customers;
  private final DocumentService documents;
  private final DunningLetterDocument document;
  private final CustomerMessages messages;
  private final Clock clock;

  DunningLetters(DunningLetterRepository letters, ReceivableLedger ledger, CustomerDirectory customers,
      DocumentService documents, DunningLetterDocument document, CustomerMessages messages, Clock clock) {
    this.letters = letters;
    this.ledger = ledger;
    this.customers = customers;
    this.documents = documents;
    this.document = document;
    this.messages = messages;
    this.clock = clock;
  }

  /** What the table decided for this level, as the process carries it. */
  record LevelTerms(int level, BigDecimal fee, BigDecimal interestRate, String wording, String wordingZh) {

    /** The wording in the customer's language; English where the table has no Chinese text. */
    String wording(Language language) {
      return language == Language.ZH_CN && wordingZh != null && !wordingZh.isBlank() ? wordingZh : wording;
    }
  }

  @Transactional
  void send(String invoiceNumber, LevelTerms terms, String actor) {
    OpenItem item = ledger.item(invoiceNumber);
    CustomerView customer = customers.get(item.customerCode());
    int days = daysOverdue(item.dueDate(), LocalDate.now(clock));
    DunningLetter letter = letters.findByInvoiceNumberAndLevel(invoiceNumber, terms.level())
        .orElseGet(() -> letters.save(new DunningLetter(invoiceNumber, terms.level(), item.customerCode(), days,
            LetterAmounts.of(item.overdueAmount(), terms.fee(), terms.interestRate(), days), item.currency(),
            terms.wording(customer.getLanguage()), actor, clock.instant())));
    LocalDate payBy = LocalDate.ofInstant(letter.getSentAt(), clock.getZone()).plusDays(DAYS_TO_PAY);
    String text = fill(letter, item, payBy);
    DocumentView pdf = documents.storeOnce(DocumentKind.DUNNING_LETTER, invoiceNumber, terms.level(), item.orderNumber(),
        "dunning-" + invoiceNumber + "-" + terms.level() + ".pdf", DocumentService.PDF,
        document.render(letter, text, item, customer, payBy), actor);
    letter.attachDocument(pdf.id());
    messages.send(item.orderNumber(), customer, "DUNNING_LETTER", "DUNNING:" + invoiceNumber + ":" + terms.level(),
        mailSubject(messages.labels(customer), terms.level(), invoiceNumber), text, pdf.id());
  }

  private static String mailSubject(Labels labels, int level, String invoiceNumber) {
    return labels.text("mail.dunning.subject", DunningLetterDocument.title(labels, level), invoiceNumber);
  }

  @Transactional(readOnly = true)
  List<DunningLetter> of(String invoiceNumber) {
    return letters.findByInvoiceNumberOrderByLevel(invoiceNumber);
  }

  static int daysOverdue(LocalDate dueDate, LocalDate today) {
    return (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
  }

  /** The table's wording with the letter's figures in place of {invoice}, {openAmount} and the like. */
  static String fill(DunningLetter letter, OpenItem item, LocalDate payBy) {
    LetterAmounts amounts = letter.amounts();
    String currency = letter.getCurrency();
    return letter.getWording()
        .replace("{invoice}", item.invoiceNumber())
        .replace("{dueDate}", item.dueDate().toString())
        .replace("{openAmount}", Money.format(amounts.open(), currency))
        .replace("{fee}", Money.format(amounts.fee(), currency))
        .replace("{interest}", Money.format(amounts.interest(), currency))
        .replace("{total}", Money.format(amounts.total(), currency))
        .replace("{payBy}", payBy.toString());
  }
}
