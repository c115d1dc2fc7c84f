package org.ordertocash.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ordertocash.identity.Actor;

/** What every step of the complaint process reads: the complaint's number and who it acts for. */
final class ComplaintStep {

  private ComplaintStep() {}

  static String number(DelegateExecution execution) {
    return ComplaintProcess.COMPLAINT_NUMBER.require(execution);
  }

  static String actor(DelegateExecution execution) {
    return Actor.current(execution.getProcessEngineServices().getIdentityService());
  }
}
