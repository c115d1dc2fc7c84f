package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * How long history is kept comes from the configuration, not from the models: every deployed
 * process gets the configured time to live (one process its own), also when a model deployed later
 * says otherwise; history cleanup runs in the nightly window with removal times fixed at start.
 */
@AppTest
@DirtiesContext
@TestPropertySource(properties = {"ordertocash.history.time-to-live=P2000D",
    "ordertocash.history.processes.survey-answer=P365D"})
class HistoryRetentionTest {

  @Autowired ProcessEngine engine;

  @Test
  void everyProcessKeepsItsHistoryAsLongAsConfigured() {
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
          .isEqualTo("survey-answer".equals(definition.getKey()) ? 365 : 2000);
    }
  }

  @Test
  void aModelDeployedLaterTakesTheConfiguredTimeToLiveNotItsOwn() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("retention-check").camundaHistoryTimeToLive(1)
        .startEvent().endEvent().done();
    String deployment = engine.getRepositoryService().createDeployment().name("retention-check")
        .addModelInstance("retention-check.bpmn", model).deploy().getId();
    try {
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment).singleResult()
          .getHistoryTimeToLive()).isEqualTo(2000);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void historyIsCleanedUpAtNightWithRemovalTimesFixedAtStart() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("start");
  }
}
