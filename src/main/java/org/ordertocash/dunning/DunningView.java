package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.billing.ReceivableLedger.OpenItem;

/** One invoice's dunning: what is open, the letters sent and the promises made. */
public record DunningView(String invoiceNumber, String orderNumber, String customerCode, String currency,
    BigDecimal openAmount, LocalDate dueDate, int level, List<Letter> letters, List<Promise> promises) {

  public record Letter(int level, String title, int daysOverdue, BigDecimal openAmount, BigDecimal fee,
      BigDecimal interestRate, BigDecimal interest, BigDecimal total, Long documentId, Instant sentAt) {}

  public record Promise(LocalDate promisedDate, BigDecimal amount, String recordedBy, Instant recordedAt,
      String outcome) {}

  static DunningView of(OpenItem item, List<DunningLetter> letters, List<PromiseToPay> promises) {
    return new DunningView(item.invoiceNumber(), item.orderNumber(), item.customerCode(), item.currency(),
        item.openAmount(), item.dueDate(), letters.stream().mapToInt(DunningLetter::getLevel).max().orElse(0),
        letters.stream().map(DunningView::letter).toList(), promises.stream().map(DunningView::promise).toList());
  }

  private static Letter letter(DunningLetter l) {
    LetterAmounts a = l.amounts();
    return new Letter(l.getLevel(), DunningLetterDocument.title(l.getLevel()), l.getDaysOverdue(), a.open(), a.fee(),
        a.interestRate(), a.interest(), a.total(), l.getDocumentId(), l.getSentAt());
  }

  private static Promise promise(PromiseToPay p) {
    return new Promise(p.getPromisedDate(), p.getAmount(), p.getRecordedBy(), p.getRecordedAt(),
        p.getOutcome() == null ? null : p.getOutcome().name());
  }
}
