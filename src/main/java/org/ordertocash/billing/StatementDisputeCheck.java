package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/** On completing "Resolve statement dispute": an outcome, and a note of what was found and done. */
@Component
public class StatementDisputeCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String resolution = StatementDisputeProcess.RESOLUTION.get(task);
    if (resolution == null || !StatementResponses.RESOLUTIONS.contains(resolution)) {
      throw TaskRefusal.of("statementResolution", "Choose whether the account was corrected or explained");
    }
    String note = StatementDisputeProcess.RESOLUTION_NOTE.get(task);
    if (note == null || note.isBlank()) {
      throw TaskRefusal.of("statementResolutionNote", "Note what you found and what the customer was told");
    }
  }
}
