package org.ordertocash.audit;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Camunda's own history writer, except one row per change of a process variable in
 * {@code ACT_HI_DETAIL}: the audit trail records each change with its value already (ADR 0024),
 * and {@code ACT_HI_VARINST} keeps each variable's latest value. Everything else — instances,
 * activities, tasks, decisions, the operation log, form submissions — is written as at history
 * level full.
 */
class HistoryWithoutVariableDetail extends DbHistoryEventHandler {

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
    return false;
  }
}
