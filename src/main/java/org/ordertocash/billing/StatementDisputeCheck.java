package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/** On completing "Resolve statement dispute": an outcome, and a note of what was found and done. */
@Component
public class StatementDisputeCheck implements TaskListener {

  private final TaskRefusals refusals;

  public StatementDisputeCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    String resolution = StatementDisputeProcess.RESOLUTION.get(task);
    if (resolution == null || !StatementResponses.RESOLUTIONS.contains(resolution)) {
      throw refusals.of("statementResolution", "statementResolution");
    }
    String note = StatementDisputeProcess.RESOLUTION_NOTE.get(task);
    if (note == null || note.isBlank()) {
      throw refusals.of("statementResolutionNote", "statementResolutionNote");
    }
  }
}
