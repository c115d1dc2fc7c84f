package org.ordertocash.complaint;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/** On completing "Approve complaint credit": finance approves or refuses the proposed credit. */
@Component
public class ComplaintCreditCheck implements TaskListener {

  private final TaskRefusals refusals;

  public ComplaintCreditCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = ComplaintProcess.CREDIT_DECISION.get(task);
    if (!"APPROVE".equals(decision) && !"REFUSE".equals(decision)) {
      throw refusals.of("complaintCreditDecision", "complaintCredit");
    }
  }
}
