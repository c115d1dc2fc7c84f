package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Modeler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10's critical finding replayed against the running application: each payload, deployed by
 * paula as Camunda Modeler does behind a timer, is refused with a clear message; evaluated by the
 * engine on a live execution anyway, it is refused again; and nothing happened.
 */
@AppTest
class ModelCodeExecutionTest {

  private static final Path MARKER = Path.of("target", "code-execution-" + UUID.randomUUID()).toAbsolutePath();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;

  @ParameterizedTest
  @ValueSource(strings = {
      "${execution.getProcessEngineServices().getIdentityService().createMembership('paula','camunda-admin')}",
      "${execution.processEngineServices.identityService.createMembership('paula','camunda-admin')}",
      "${execution['processEngineServices'].identityService.createMembership('paula','camunda-admin')}",
      "${execution.getProcessEngine().getIdentityService().createMembership('paula','camunda-admin')}",
      "${jdbcTemplate.queryForList('select PWD_ from ACT_ID_USER')}",
      "${environment.getSystemEnvironment()}",
      "${processEngine.identityService.createMembership('paula','camunda-admin')}",
      "${orderSummaries.getClass().getClassLoader()}",
      "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch MARKER')}",
      "${orderNumber.getClass().forName('java.lang.ProcessBuilder')}",
      "${orderNumber.chars()}"
  })
  void aPayloadIsRefusedAtDeploymentAndAtRunTimeAndNothingHappens(String payload) {
    String expression = payload.replace("MARKER", MARKER.toString());
    String key = "payload" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    Modeler.Answer deployed = Modeler.as("paula", port, engine.getName()).deploy(key, true,
        Map.of(key + ".bpmn", timerWith(key, expression).getBytes(StandardCharsets.UTF_8)));

    assertThat(deployed.status()).as(deployed.body()).isEqualTo(400);
    assertThat(deployed.json().path("message").asText()).contains("Task_Payload");
    assertThatThrownBy(() -> evaluateOnALiveExecution(expression))
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("Not allowed in a model", "Cannot resolve identifier"));
    assertThat(identity.createUserQuery().userId("paula").memberOfGroup("camunda-admin").count()).isZero();
    assertThat(MARKER).doesNotExist();
  }

  @Test
  void theEngineEvaluatesModelsWithTheGuardedExpressionManager() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getExpressionManager()).isInstanceOf(ModelExpressionManager.class);
    assertThat(evaluateOnALiveExecution("${orderSummaries != null && execution.getVariable('orderNumber') == 'SO-1'}"))
        .isEqualTo(true);
  }

  private Object evaluateOnALiveExecution(String expression) {
    String key = "host" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Wait").name("Wait").camundaCandidateGroups("sales")
            .camundaDueDate("${dateTime().plusDays(1).toDate()}").endEvent().done())
        .deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("orderNumber", "SO-1")).getId();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance);
      return configuration.getExpressionManager().createExpression(expression).getValue(execution);
    });
  }

  private static String timerWith(String key, String expression) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Timer">
              <bpmn:timerEventDefinition id="Timer_Soon"><bpmn:timeDuration>PT20S</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Timer" targetRef="Task_Payload" />
            <bpmn:serviceTask id="Task_Payload" name="Payload" camunda:expression="%s" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Payload" targetRef="Event_End" />
            <bpmn:endEvent id="Event_End" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, expression.replace("'", "&apos;"));
  }
}
