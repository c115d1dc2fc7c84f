package org.ordertocash.billing;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/** Finance's decision on a cash-on-delivery shortfall: whom to ask for the money, and a note of what was found. */
@Component
public class CodShortfallCheck implements TaskListener {

  static final Set<String> ACTIONS = Set.of("CLAIM_FROM_CARRIER", "ASK_CUSTOMER");

  @Override
  public void notify(DelegateTask task) {
    String action = CollectionProcess.COD_ACTION.get(task);
    if (action == null || !ACTIONS.contains(action)) {
      throw TaskRefusal.of("codShortfallAction", "Choose whether to claim the shortfall from the carrier or ask the customer");
    }
    String note = CollectionProcess.COD_NOTE.get(task);
    if (note == null || note.isBlank()) {
      throw TaskRefusal.of("codShortfallNote", "Note what you found out about the shortfall");
    }
  }
}
