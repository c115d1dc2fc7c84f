package org.ordertocash.audit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts the audit trail into the engine: its history events reach {@link EngineHistoryAudit}
 * beside Camunda's own history tables, and every deletion it checks reaches {@link DeletionAudit}.
 */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

  private final AuditTrail trail;
  private final ApplicationEventPublisher events;

  AuditEnginePlugin(AuditTrail trail, ApplicationEventPublisher events) {
    this.trail = trail;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new EngineHistoryAudit(trail, events));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(true);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCommandCheckers().add(DeletionAudit.checker(trail));
  }
}
