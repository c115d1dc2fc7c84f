package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.billing.ReceivableLedger.OpenItem;
import org.ordertocash.config.ApiError;
import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers' promises to pay an overdue invoice: recorded, and checked when their date has passed. */
@Service
class Promises {

  /** A promise further out than this is no promise but a new payment term (that is negotiation's business). */
  static final int MOST_DAYS_AHEAD = 90;

  private final PromiseToPayRepository promises;
  private final ReceivableLedger ledger;
  private final Clock clock;

  Promises(PromiseToPayRepository promises, ReceivableLedger ledger, Clock clock) {
    this.promises = promises;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * What is wrong with a promise of {@code amount} by {@code date} for the invoice, field by field;
   * empty when it can be recorded.
   */
  @Transactional(readOnly = true)
  List<ApiError.FieldError> problems(String invoiceNumber, LocalDate date, BigDecimal amount) {
    List<ApiError.FieldError> problems = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (date == null) {
      problems.add(new ApiError.FieldError("promisedBy", "a date (yyyy-MM-dd) is required"));
    } else if (date.isBefore(today) || date.isAfter(today.plusDays(MOST_DAYS_AHEAD))) {
      problems.add(new ApiError.FieldError("promisedBy",
          "must lie between today and " + MOST_DAYS_AHEAD + " days ahead"));
    }
    OpenItem item = ledger.item(invoiceNumber);
    if (amount == null) {
      problems.add(new ApiError.FieldError("promisedAmount", "an amount is required"));
    } else if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(item.openAmount()) > 0) {
      problems.add(new ApiError.FieldError("promisedAmount",
          "must be more than 0, with at most 2 decimals, and no more than the " + item.openAmount() + " open"));
    }
    return problems;
  }

  /** Records the promise (after {@link #problems} found nothing); answers its id. */
  @Transactional
  long record(String invoiceNumber, LocalDate date, BigDecimal amount, String actor) {
    List<ApiError.FieldError> problems = problems(invoiceNumber, date, amount);
    if (!problems.isEmpty()) {
      throw new DomainException.InvalidInput("The promise to pay cannot be recorded", problems);
    }
    OpenItem item = ledger.item(invoiceNumber);
    return promises.save(new PromiseToPay(invoiceNumber, date, amount, item.openAmount(), actor, clock.instant()))
        .getId();
  }

  /** Whether the promise was kept: at least the promised amount came off the invoice since. */
  @Transactional
  boolean check(long promiseId) {
    PromiseToPay promise = promises.findById(promiseId)
        .orElseThrow(() -> new IllegalStateException("No promise to pay " + promiseId));
    return promise.check(ledger.item(promise.getInvoiceNumber()).openAmount(), clock.instant())
        == PromiseToPay.Outcome.KEPT;
  }

  @Transactional(readOnly = true)
  List<PromiseToPay> of(String invoiceNumber) {
    return promises.findByInvoiceNumberOrderById(invoiceNumber);
  }
}
