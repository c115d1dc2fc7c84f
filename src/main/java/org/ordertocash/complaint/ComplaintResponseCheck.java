package org.ordertocash.complaint;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/** On completing "Respond to complaint": the first response the customer reads. */
@Component
public class ComplaintResponseCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object response = ComplaintProcess.FIRST_RESPONSE.get(task);
    if (response == null || response.toString().isBlank() || response.toString().length() > ComplaintIntake.MAX_TEXT) {
      throw TaskRefusal.of("firstResponse", "Write the first response the customer gets (at most "
          + ComplaintIntake.MAX_TEXT + " characters)");
    }
  }
}
