package org.ordertocash.customer;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * A credit-limit approval is approve or reject; a rejection says why (the requester reads it).
 * Each step starts without the previous step's entries, so that a step completed without a
 * decision is refused rather than taking the one before.
 */
@Component
public class CreditLimitDecisionCheck implements TaskListener {

  private final TaskRefusals refusals;

  public CreditLimitDecisionCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      CreditLimitProcess.DECISION.set(task.getExecution(), null);
      CreditLimitProcess.NOTE.set(task.getExecution(), null);
      return;
    }
    Object decision = CreditLimitProcess.DECISION.get(task);
    if (!CreditLimitProcess.APPROVE.equals(decision) && !CreditLimitProcess.REJECT.equals(decision)) {
      throw refusals.of("creditLimitDecision", "creditLimitDecision");
    }
    Object note = CreditLimitProcess.NOTE.get(task);
    boolean noNote = note == null || note.toString().isBlank();
    if (CreditLimitProcess.REJECT.equals(decision) && noNote) {
      throw refusals.of("creditLimitNote", "creditLimitNote", task.getVariable("customerName"));
    }
    if (noNote) {
      CreditLimitProcess.NOTE.set(task.getExecution(), "");
    }
  }
}
