package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run-time guard on an engine that has no deployment policy at all, as if the models had
 * been deployed before it existed: every payload of issue 10 fails while the engine evaluates
 * it, with a clear message, and nothing happens.
 */
class ModelElGuardTest {

  /** An application bean in org.ordertocash, as models see the summaries beans. */
  public static class Summaries {
    public String markdown(String orderNumber) {
      return "Order " + orderNumber;
    }
  }

  private static final Path MARKER = Path.of("target", "el-guard-" + UUID.randomUUID());

  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) org.camunda.bpm.engine.ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:el-guard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setProcessEngineName("el-guard-" + UUID.randomUUID())
        .setJobExecutorActivate(false);
    configuration.setExpressionManager(new ModelExpressionManager(Map.of("orderSummaries", new Summaries())));
    engine = configuration.buildProcessEngine();
    engine.getIdentityService().saveUser(engine.getIdentityService().newUser("paula"));
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("camunda-admin"));
  }

  @AfterEach
  void closeEngine() throws Exception {
    engine.close();
    Files.deleteIfExists(MARKER);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${execution.getProcessEngineServices().getIdentityService().createMembership('paula','camunda-admin')}",
      "${execution.processEngineServices.identityService.createMembership('paula','camunda-admin')}",
      "${execution['processEngineServices'].identityService.createMembership('paula','camunda-admin')}",
      "${execution.getProcessEngine().getIdentityService().createMembership('paula','camunda-admin')}",
      "${execution.getProcessInstance().getProcessEngineServices()}",
      "${orderSummaries.getClass().getClassLoader()}",
      "${orderNumber.getClass().forName('java.lang.Runtime').getRuntime().exec('touch MARKER')}",
      "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch MARKER')}",
      "${orderNumber.chars()}",
      "${jdbcTemplate.queryForList('select * from ACT_ID_USER')}",
      "${environment.getProperty('OTC_DB_PASSWORD')}"
  })
  void aPayloadFailsWhileTheEngineEvaluatesItAndNothingHappens(String payload) {
    String expression = payload.replace("MARKER", MARKER.toAbsolutePath().toString());
    deploy("payload", expression);

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("payload",
        Map.of("orderNumber", "SO-1")))
        .isInstanceOf(ProcessEngineException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("Not allowed in a model", "Cannot resolve identifier"));
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
    assertThat(MARKER).doesNotExist();
  }

  @Test
  void aTimerJobWithAPayloadFailsInsteadOfMakingItsDeployerAnAdministrator() {
    engine.getRepositoryService().createDeployment().addModelInstance("timer.bpmn",
        Bpmn.createExecutableProcess("timer").camundaHistoryTimeToLive(1)
            .startEvent().timerWithDuration("PT20S")
            .serviceTask("Task_Escalate").camundaExpression(
                "${execution.getProcessEngineServices().getIdentityService().createMembership('paula','camunda-admin')}")
            .endEvent().done())
        .deploy();
    Job timer = engine.getManagementService().createJobQuery().singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(timer.getId()))
        .hasMessageContaining("Not allowed in a model: method getProcessEngineServices");
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void theApplicationsOwnKindsOfExpressionsStillWork() {
    deploy("allowed", "${execution.setVariable('summary', orderSummaries.markdown(execution.getVariable('orderNumber')))}");

    String instance = engine.getRuntimeService().startProcessInstanceByKey("allowed", Map.of("orderNumber", "SO-7")).getId();

    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("summary").singleResult().getValue()).isEqualTo("Order SO-7");
  }

  private void deploy(String key, String expression) {
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("Task_Run").camundaExpression(expression).endEvent().done())
        .deploy();
  }
}
