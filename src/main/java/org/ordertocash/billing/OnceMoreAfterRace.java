package org.ordertocash.billing;

import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs an idempotent request again when it lost a race. On a unique key (the same payment notice,
 * the same credit-note request key) to a twin that committed a moment earlier: once more, and the
 * second run finds the twin's row and answers as for a repeat. On a row another transaction
 * changed meanwhile (a payment and a job of the same order noting a fapiao on the invoice, issue
 * 16's load run; a fapiao recorded while a credit note's settlement moves collection on): up to
 * {@value #CONFLICT_RETRIES} more times, so the bank's notice or the fapiao is booked instead of
 * answering 409.
 */
final class OnceMoreAfterRace {

  static final int CONFLICT_RETRIES = 3;

  private OnceMoreAfterRace() {}

  static <T> T run(Supplier<T> request) {
    for (int conflicts = 0; ; conflicts++) {
      try {
        return request.get();
      } catch (DataIntegrityViolationException lost) {
        return request.get();
      } catch (OptimisticLockingException | OptimisticLockingFailureException
          | jakarta.persistence.OptimisticLockException changed) {
        if (conflicts == CONFLICT_RETRIES) {
          throw changed;
        }
      }
    }
  }
}
