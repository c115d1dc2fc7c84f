package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.config.ApiError;
import org.ordertocash.config.DomainException;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invoice's dunning as the API shows it, and promises and disputes reported through the API,
 * handed to the invoice's dunning where it rests between reviews. While dunning is not resting there (the invoice is not overdue yet, a call,
 * promise, dispute or write-off is in progress, or dunning is over) the request is refused.
 */
@Service
class DunningRequests {

  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final ReceivableLedger ledger;
  private final Promises promises;
  private final DunningLetters letters;

  DunningRequests(RuntimeService runtime, AsSystem asSystem, ReceivableLedger ledger, Promises promises,
      DunningLetters letters) {
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.ledger = ledger;
    this.promises = promises;
    this.letters = letters;
  }

  @Transactional(readOnly = true)
  DunningView view(String invoiceNumber) {
    return DunningView.of(ledger.item(invoiceNumber), letters.of(invoiceNumber), promises.of(invoiceNumber));
  }

  @Transactional
  void promise(String invoiceNumber, LocalDate promisedBy, BigDecimal amount, String actor) {
    // an unknown invoice is refused (404) by the promise's check, which reads the invoice anyway
    List<ApiError.FieldError> problems = promises.problems(invoiceNumber, promisedBy, amount);
    if (!problems.isEmpty()) {
      throw new DomainException.InvalidInput("The promise to pay cannot be recorded", problems);
    }
    correlate(invoiceNumber, DunningProcess.PROMISE_TO_PAY, Map.of(
        DunningProcess.PROMISED_BY.name(), promisedBy.toString(),
        DunningProcess.PROMISED_AMOUNT.name(), amount.toPlainString(),
        DunningProcess.PROMISE_RECORDED_BY.name(), actor));
  }

  @Transactional
  void dispute(String invoiceNumber, String reason, String actor) {
    ledger.item(invoiceNumber);
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new DomainException.InvalidInput("Say what the customer disputes",
          List.of(new ApiError.FieldError("reason", "required, up to 1000 characters")));
    }
    correlate(invoiceNumber, DunningProcess.DISPUTED, Map.of(
        DunningProcess.DISPUTE_REASON.name(), reason.strip(),
        DunningProcess.DISPUTE_RAISED_BY.name(), actor));
  }

  private void correlate(String invoiceNumber, String message, Map<String, Object> variables) {
    boolean resting = asSystem.call(() -> runtime.createExecutionQuery()
        .messageEventSubscriptionName(message)
        .processVariableValueEquals(DunningProcess.INVOICE_NUMBER.name(), invoiceNumber)
        .count() > 0);
    if (!resting) {
      throw new DomainException.Conflict("Dunning of invoice " + invoiceNumber + " cannot take this now: the invoice "
          + "is not overdue yet, a call, promise, dispute or write-off is in progress, or dunning is over");
    }
    asSystem.run(() -> runtime.createMessageCorrelation(message)
        .processInstanceVariableEquals(DunningProcess.INVOICE_NUMBER.name(), invoiceNumber)
        .setVariables(variables)
        .correlateWithResult());
  }
}
