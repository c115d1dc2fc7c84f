package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Modeler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a process owner may not deploy (docs/adr/0002), sent as Camunda Modeler sends it: each
 * answer is 400 with the file, the element id and the problem, and nothing is deployed. Every test
 * uses a process id and deployment name of its own.
 */
@AppTest
class ModelRefusalTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;

  @Test
  void aFileThatDoesNotParse() {
    assertRefused(deploy(Map.of("broken.bpmn", "<bpmn:definitions xmlns:bpmn=".getBytes(StandardCharsets.UTF_8))),
        "broken.bpmn", null, "does not parse");
  }

  @Test
  void aFormThatNoneHas() {
    String id = uniqueId();
    assertRefused(deployProcess(id, userTask("Task_Work", "camunda:formRef=\"no-such-form\" camunda:formRefBinding=\"deployment\"")),
        id + ".bpmn", "Task_Work", "refers to form 'no-such-form', which neither this deployment nor the engine has");
  }

  @Test
  void aDecisionThatNoneHas() {
    String id = uniqueId();
    assertRefused(deployProcess(id, """
        <bpmn:businessRuleTask id="Task_Decide" name="Decide" camunda:decisionRef="no-such-decision"
            camunda:decisionRefBinding="latest" camunda:mapDecisionResult="singleEntry" camunda:resultVariable="x" />"""),
        id + ".bpmn", "Task_Decide", "refers to decision 'no-such-decision'");
  }

  @Test
  void aCalledProcessThatNoneHas() {
    String id = uniqueId();
    assertRefused(deployProcess(id, """
        <bpmn:callActivity id="Task_Call" name="Call" calledElement="no-such-process" camunda:calledElementBinding="latest" />"""),
        id + ".bpmn", "Task_Call", "refers to called process 'no-such-process'");
  }

  @Test
  void aDelegateExpressionNamingNoBean() {
    String id = uniqueId();
    assertRefused(deployProcess(id, serviceTask("camunda:delegateExpression=\"${reserveStockDelegat}\"")),
        id + ".bpmn", "Task_Service", "names no bean: there is no bean 'reserveStockDelegat'");
  }

  @Test
  void aDelegateExpressionNamingABeanThatIsNoDelegate() {
    String id = uniqueId();
    assertRefused(deployProcess(id, serviceTask("camunda:delegateExpression=\"${jdbcTemplate}\"")),
        id + ".bpmn", "Task_Service", "names bean 'jdbcTemplate', which is not a delegate or listener of the application");
  }

  @Test
  void aTimerThatWouldMakeItsDeployerAnAdministrator() {
    String id = uniqueId();
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Timer">
              <bpmn:timerEventDefinition id="Timer_Soon"><bpmn:timeDuration>PT20S</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Timer" targetRef="Task_Escalate" />
            <bpmn:serviceTask id="Task_Escalate" camunda:expression="${execution.getProcessEngineServices().getIdentityService().createMembership('paula','camunda-admin')}" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Escalate" targetRef="Event_End" />
            <bpmn:endEvent id="Event_End" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id);

    assertRefused(deploy(Map.of(id + ".bpmn", bytes(model))), id + ".bpmn", "Task_Escalate",
        "method getProcessEngineServices reaches into the JVM or the engine");
    assertThat(identity.createUserQuery().userId("paula").memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void anExpressionReadingTheDatabaseThroughABean() {
    String id = uniqueId();
    assertRefused(deployProcess(id, serviceTask("camunda:expression=\"${jdbcTemplate.queryForList('select * from ACT_ID_USER')}\"")),
        id + ".bpmn", "Task_Service", "names bean 'jdbcTemplate', which models may not use");
  }

  @Test
  void anExpressionReachingForClassesThroughAVariable() {
    String id = uniqueId();
    assertRefused(deployProcess(id, serviceTask(
        "camunda:expression=\"${orderNumber.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}\"")),
        id + ".bpmn", "Task_Service", "method getClass reaches into the JVM or the engine");
  }

  @Test
  void aConditionCallingAMethodOnAVariable() {
    String id = uniqueId();
    String flows = """
        <bpmn:exclusiveGateway id="Gateway_Check" name="Check?" default="Flow_Default" />
        <bpmn:sequenceFlow id="Flow_Odd" sourceRef="Gateway_Check" targetRef="Event_End">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${orderNumber.wait()}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="Flow_Default" sourceRef="Gateway_Check" targetRef="Event_End" />""";
    assertRefused(deployProcessWithGateway(id, flows), id + ".bpmn", "Flow_Odd", "method wait may not be called on a value");
  }

  @Test
  void aScriptTask() {
    String id = uniqueId();
    assertRefused(deployProcess(id, """
        <bpmn:scriptTask id="Task_Script" name="Script" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"""),
        id + ".bpmn", "Task_Script", "script tasks are not allowed");
  }

  @Test
  void aScriptListener() {
    String id = uniqueId();
    assertRefused(deployProcess(id, """
        <bpmn:task id="Task_Listened" name="Listened">
          <bpmn:extensionElements>
            <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">'id'.execute()</camunda:script></camunda:executionListener>
          </bpmn:extensionElements>
        </bpmn:task>"""), id + ".bpmn", "Task_Listened", "scripts are not allowed");
  }

  @Test
  void aJavaClass() {
    String id = uniqueId();
    assertRefused(deployProcess(id, serviceTask("camunda:class=\"org.ordertocash.order.ConfirmOrderDelegate\"")),
        id + ".bpmn", "Task_Service", "names a Java class");
  }

  @Test
  void aUserTaskWithoutCandidateGroupOrDueDate() {
    String id = uniqueId();
    JsonNode answer = deployProcess(id, userTask("Task_Work", ""));
    assertRefused(answer, id + ".bpmn", "Task_Work", "a user task needs a candidate group");
    assertRefused(answer, id + ".bpmn", "Task_Work", "a user task needs a due date");
  }

  @Test
  void aCandidateGroupThatDoesNotExist() {
    String id = uniqueId();
    assertRefused(deployProcess(id, userTask("Task_Work",
        "camunda:candidateGroups=\"sales-manager\" camunda:dueDate=\"${dateTime().plusDays(1).toDate()}\"")),
        id + ".bpmn", "Task_Work", "candidate group 'sales-manager' does not exist");
  }

  @Test
  void aDecisionTableInJavaScript() {
    String id = uniqueId();
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_%1$s" name="x" namespace="test">
          <decision id="%1$s" name="Script table">
            <decisionTable id="Table_1">
              <input id="Input_1" label="Value"><inputExpression id="Expression_1" typeRef="string" expressionLanguage="javascript"><text>java.lang.System.exit(1)</text></inputExpression></input>
              <output id="Output_1" name="result" typeRef="string" />
              <rule id="Rule_1"><inputEntry id="Entry_1"><text>-</text></inputEntry><outputEntry id="Entry_2"><text>"x"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(id);
    assertRefused(deploy(Map.of(id + ".dmn", bytes(dmn))), id + ".dmn", "Expression_1",
        "expression language 'javascript' is not allowed");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(id).count()).isZero();
  }

  @Test
  void aDecisionTableThatDoesNotBuild() {
    String id = uniqueId();
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_%1$s" name="x" namespace="test">
          <decision id="%1$s" name="Broken table">
            <decisionTable id="Table_1">
              <input id="Input_1" label="Value"><inputExpression id="Expression_1" typeRef="string"><text>value</text></inputExpression></input>
              <output id="Output_1" name="result" typeRef="string" />
              <rule id="Rule_1"><inputEntry id="Entry_1"><text>-</text></inputEntry><inputEntry id="Entry_3"><text>-</text></inputEntry>
                <outputEntry id="Entry_2"><text>"x"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(id);
    assertRefused(deploy(Map.of(id + ".dmn", bytes(dmn))), id + ".dmn", null, "the decision does not build");
  }

  @Test
  void aFormThatIsNotAForm() {
    assertRefused(deploy(Map.of("notes.form", bytes("just some notes"))), "notes.form", null, "does not parse");
  }

  @Test
  void aFileOfAnotherKind() {
    assertRefused(deploy(Map.of("helper.js", bytes("java.lang.Runtime.getRuntime()"))), "helper.js", null,
        "is neither a BPMN, a DMN nor a form");
  }

  @Test
  void oneRefusedFileRefusesTheWholeDeployment() {
    String good = uniqueId();
    String bad = uniqueId();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(good + ".bpmn", bytes(process(good, "<bpmn:task id=\"Task_Fine\" name=\"Fine\" />")));
    files.put(bad + ".bpmn", bytes(process(bad, serviceTask("camunda:class=\"java.lang.Object\""))));
    String name = "refusal-" + good;

    JsonNode answer = Modeler.as("paula", port, engine.getName()).deploy(name, true, files).json();

    assertRefused(answer, bad + ".bpmn", "Task_Service", "names a Java class");
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(good).count()).isZero();
  }

  @Test
  void aProcessWithoutHistoryTimeToLiveGetsTheRetentionDefault() {
    String id = uniqueId();
    String model = process(id, "<bpmn:task id=\"Task_Fine\" name=\"Fine\" />").replace(" camunda:historyTimeToLive=\"P1D\"", "");

    Modeler.Answer answer = Modeler.as("admin", port, engine.getName()).deploy(id, true, Map.of(id + ".bpmn", bytes(model)));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(id).singleResult().getHistoryTimeToLive())
        .isEqualTo(3650);
  }

  @Test
  void aNewProcessFromAProcessOwner() {
    String id = uniqueId();
    assertRefused(deployProcess(id, "<bpmn:task id=\"Task_Fine\" name=\"Fine\" />"), id + ".bpmn", id,
        "new processes come with a release of the application");
  }

  @Test
  void aDelegateOfAnotherProcess() {
    byte[] review = Modeler.changed("bpmn/order-review.bpmn", "camunda:delegateExpression=\"${rejectOrderDelegate}\"",
        "camunda:delegateExpression=\"${shipShipmentDelegate}\"");

    assertRefused(deploy(Map.of("order-review.bpmn", review)), "order-review.bpmn", null,
        "delegate 'shipShipmentDelegate' is not one of the delegates of order-review");
  }

  private static void assertRefused(JsonNode answer, String file, String elementId, String problem) {
    assertThat(answer.path("type").asText()).as(answer.toString()).isEqualTo("ParseException");
    assertThat(answer.path("message").asText()).startsWith("Deployment refused, nothing was deployed").contains(problem);
    JsonNode errors = answer.path("details").path(file).path("errors");
    assertThat(errors.isArray()).as("errors of " + file + " in " + answer).isTrue();
    boolean found = false;
    for (JsonNode error : errors) {
      if (error.path("message").asText().contains(problem)
          && (elementId == null || elementId.equals(error.path("mainElementId").asText()))) {
        found = true;
      }
    }
    assertThat(found).as(problem + " at " + elementId + " in " + answer).isTrue();
  }

  /** Deploys as paula; fails unless the answer is 400; answers its JSON. */
  private JsonNode deploy(Map<String, byte[]> files) {
    String name = "refusal-" + UUID.randomUUID();
    Modeler.Answer answer = Modeler.as("paula", port, engine.getName()).deploy(name, true, files);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    return answer.json();
  }

  private JsonNode deployProcess(String id, String element) {
    JsonNode answer = deploy(Map.of(id + ".bpmn", bytes(process(id, element))));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(id).count()).isZero();
    return answer;
  }

  private JsonNode deployProcessWithGateway(String id, String gatewayAndFlows) {
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Start" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="Event_Start" targetRef="Gateway_Check" />
            %s
            <bpmn:endEvent id="Event_End" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, gatewayAndFlows);
    return deploy(Map.of(id + ".bpmn", bytes(model)));
  }

  /** start - the element (id Task_*) - end. */
  static String process(String id, String element) {
    String elementId = element.replaceFirst("(?s).*?id=\"([^\"]+)\".*", "$1");
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Start" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="Event_Start" targetRef="%s" />
            %s
            <bpmn:sequenceFlow id="Flow_Out" sourceRef="%s" targetRef="Event_End" />
            <bpmn:endEvent id="Event_End" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, elementId, element, elementId);
  }

  private static String userTask(String id, String attributes) {
    return "<bpmn:userTask id=\"" + id + "\" name=\"Work\" " + attributes + " />";
  }

  private static String serviceTask(String attributes) {
    return "<bpmn:serviceTask id=\"Task_Service\" name=\"Service\" " + attributes + " />";
  }

  private static String uniqueId() {
    return "refusal" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
