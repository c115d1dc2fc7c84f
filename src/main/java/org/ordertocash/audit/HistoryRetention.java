package org.ordertocash.audit;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * History time to live is a retention decision, not a modelling one (ADR 0017): every process
 * gets {@code ordertocash.history.time-to-live} (or its own entry under {@code processes})
 * whatever its model says — at deployment through the parse listener, and for versions deployed
 * before a change of the setting at start-up.
 */
@Component
@Order(StartupOrder.HISTORY_RETENTION)
class HistoryRetention implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final OrderToCashProperties.History history;
  private final RepositoryService repository;

  HistoryRetention(OrderToCashProperties properties, RepositoryService repository) {
    this.history = properties.history();
    this.repository = repository;
  }

  /** Sets each newly deployed process's time to live from the configuration. */
  static AbstractBpmnParseListener parseListener(OrderToCashProperties.History history) {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.setHistoryTimeToLive(history.daysFor(processDefinition.getKey()));
      }
    };
  }

  @Override
  public void run(ApplicationArguments args) {
    int changed = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      int days = history.daysFor(definition.getKey());
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        changed++;
      }
    }
    if (changed > 0) {
      log.info("History time to live set from the configuration on {} process definition versions", changed);
    }
  }
}
