package org.ordertocash.complaint;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/** On completing "Respond to complaint": the first response the customer reads. */
@Component
public class ComplaintResponseCheck implements TaskListener {

  private final TaskRefusals refusals;

  public ComplaintResponseCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    Object response = ComplaintProcess.FIRST_RESPONSE.get(task);
    if (response == null || response.toString().isBlank() || response.toString().length() > ComplaintIntake.MAX_TEXT) {
      throw refusals.of("firstResponse", "firstResponse", ComplaintIntake.MAX_TEXT);
    }
  }
}
