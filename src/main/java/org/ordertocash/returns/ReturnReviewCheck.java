package org.ordertocash.returns;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/** On completing "Review return request": approve or reject; a rejection says why (the customer reads it). */
@Component
public class ReturnReviewCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object decision = ReturnProcess.RETURN_DECISION.get(task);
    if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
      throw TaskRefusal.of("returnDecision", "Choose whether the return is approved or rejected");
    }
    String note = ReturnStep.text(ReturnProcess.RETURN_DECISION_NOTE.get(task));
    if ("REJECT".equals(decision) && (note == null || note.isBlank())) {
      throw TaskRefusal.of("returnDecisionNote", "Say why the return is rejected; the customer is told");
    }
    if (note != null && note.length() > ReturnIntake.MAX_NOTES) {
      throw TaskRefusal.of("returnDecisionNote", "The note can be at most " + ReturnIntake.MAX_NOTES + " characters");
    }
  }
}
