package org.ordertocash.audit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts the audit trail into the engine: its history events reach {@link EngineHistoryAudit}
 * beside Camunda's own history tables, every deletion it checks reaches {@link DeletionAudit}, and
 * every deployed process keeps its history as long as the configuration says ({@link HistoryRetention}).
 * Camunda's history tables are written without a row per variable change unless the configuration
 * asks for them ({@link HistoryWithoutVariableDetail}).
 */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

  private final AuditTrail trail;
  private final ApplicationEventPublisher events;
  private final OrderToCashProperties properties;

  AuditEnginePlugin(AuditTrail trail, ApplicationEventPublisher events, OrderToCashProperties properties) {
    this.trail = trail;
    this.events = events;
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ProcessSubject subjects = new ProcessSubject();
    List<HistoryEventHandler> handlers = new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    boolean variableDetail = properties.history().variableDetail();
    if (!variableDetail) {
      handlers.add(0, new HistoryWithoutVariableDetail()); // in place of the engine's own writer
    }
    handlers.add(new EngineHistoryAudit(trail, events, subjects));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(variableDetail);
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(HistoryRetention.parseListener(properties.history()));
    configuration.setCustomPostBPMNParseListeners(parseListeners);
    // one interceptor per chain: an interceptor knows the next one of its own chain
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new CommentAudit(trail, subjects)));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new CommentAudit(trail, subjects)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(added);
    return interceptors;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCommandCheckers().add(DeletionAudit.checker(trail));
  }
}
