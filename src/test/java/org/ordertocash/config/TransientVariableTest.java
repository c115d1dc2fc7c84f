package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ProcessVariable#setTransient} on a real engine: a new fact is not stored, and an instance
 * that stored the fact before it became transient goes on (the engine refuses to make a stored
 * variable transient).
 */
class TransientVariableTest {

  static final ProcessVariable<Boolean> CREDIT_OK = ProcessVariable.of("creditOk", Boolean.class);
  static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("transient-variable-test")
        .setJdbcUrl("jdbc:h2:mem:transient-variable-test;DB_CLOSE_DELAY=1000")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("wait.bpmn",
        Bpmn.createExecutableProcess("wait").camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
        .deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void aNewTransientFactIsReadInItsTransactionButNotStored() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("wait").getId();

    Boolean readInTransaction = inTransaction(instance, execution -> {
      CREDIT_OK.setTransient(execution, true);
      return CREDIT_OK.get(execution);
    });

    assertThat(readInTransaction).isTrue();
    assertThat(engine.getRuntimeService().getVariable(instance, "creditOk")).isNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("creditOk").count()).isZero();
  }

  @Test
  void anInstanceThatStoredTheFactBeforeKeepsStoringIt() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("wait", Map.of("creditOk", false)).getId();

    inTransaction(instance, execution -> {
      CREDIT_OK.setTransient(execution, true);
      return null;
    });

    assertThat(engine.getRuntimeService().getVariable(instance, "creditOk")).isEqualTo(true);
  }

  private static <T> T inTransaction(String instance, java.util.function.Function<ExecutionEntity, T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> work.apply(context.getExecutionManager().findExecutionById(instance)));
  }
}
