package org.ordertocash.returns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ordertocash.identity.Actor;

/** What every step of the return process reads: the return's number and who it acts for. */
final class ReturnStep {

  private ReturnStep() {}

  static String number(DelegateExecution execution) {
    return ReturnProcess.RETURN_NUMBER.require(execution);
  }

  static String actor(DelegateExecution execution) {
    return Actor.current(execution.getProcessEngineServices().getIdentityService());
  }

  /** A form value as text (forms submit strings; tests may pass other values). */
  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
