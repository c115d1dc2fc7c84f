package org.ordertocash.billing;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/** Finance's decision on a cash-on-delivery shortfall: whom to ask for the money, and a note of what was found. */
@Component
public class CodShortfallCheck implements TaskListener {

  private final TaskRefusals refusals;

  public CodShortfallCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  static final Set<String> ACTIONS = Set.of("CLAIM_FROM_CARRIER", "ASK_CUSTOMER");

  @Override
  public void notify(DelegateTask task) {
    String action = CollectionProcess.COD_ACTION.get(task);
    if (action == null || !ACTIONS.contains(action)) {
      throw refusals.of("codShortfallAction", "codShortfallAction");
    }
    String note = CollectionProcess.COD_NOTE.get(task);
    if (note == null || note.isBlank()) {
      throw refusals.of("codShortfallNote", "codShortfallNote");
    }
  }
}
