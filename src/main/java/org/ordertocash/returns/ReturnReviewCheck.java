package org.ordertocash.returns;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/** On completing "Review return request": approve or reject; a rejection says why (the customer reads it). */
@Component
public class ReturnReviewCheck implements TaskListener {

  private final TaskRefusals refusals;

  public ReturnReviewCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = ReturnProcess.RETURN_DECISION.get(task);
    if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
      throw refusals.of("returnDecision", "returnDecision");
    }
    String note = ReturnStep.text(ReturnProcess.RETURN_DECISION_NOTE.get(task));
    if ("REJECT".equals(decision) && (note == null || note.isBlank())) {
      throw refusals.of("returnDecisionNote", "returnRejected");
    }
    if (note != null && note.length() > ReturnIntake.MAX_NOTES) {
      throw refusals.of("returnDecisionNote", "tooLong", ReturnIntake.MAX_NOTES);
    }
  }
}
