package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deployment behaviour on a real (in-memory) engine: unchanged models deploy nothing, a changed
 * model redeploys itself and what travels with it only, and a running instance keeps the form
 * version of its own deployment.
 */
class ProcessModelDeployerTest {

  private ProcessEngine engine;
  private RepositoryService repository;
  private ProcessModelDeployer deployer;

  @BeforeEach
  void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:deployer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setProcessEngineName("deployer-test-" + UUID.randomUUID())
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    repository = engine.getRepositoryService();
    deployer = new ProcessModelDeployer(repository, new PathMatchingResourcePatternResolver(),
        new ModelVersions(repository, engine.getRuntimeService(), engine.getHistoryService()), new ModelSettings(false), OrderToCashProperties.defaults());
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void unchangedModelsCreateNoNewDeployment() {
    deployer.deploy(models("Form v1", "OK"));
    long deployments = repository.createDeploymentQuery().count();

    deployer.deploy(models("Form v1", "OK"));

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latest("alpha").getVersion()).isEqualTo(1);
    assertThat(latest("beta").getVersion()).isEqualTo(1);
  }

  @Test
  void eachProcessIsDeployedWithItsFormsAndDecisions() {
    deployer.deploy(models("Form v1", "OK"));

    String alphaDeployment = latest("alpha").getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(alphaDeployment))
        .containsExactlyInAnyOrder("bpmn/alpha.bpmn", "forms/alpha-task.form", "bpmn/alpha-rule.dmn");
    assertThat(repository.getDeploymentResourceNames(latest("beta").getDeploymentId()))
        .containsExactly("bpmn/beta.bpmn");
    assertThat(repository.createDeploymentQuery().deploymentName("alpha").singleResult().getSource())
        .isEqualTo(ProcessModelDeployer.SOURCE);
  }

  @Test
  void changedFormRedeploysItsProcessButNotOthers() {
    deployer.deploy(models("Form v1", "OK"));

    deployer.deploy(models("Form v2", "OK"));

    assertThat(latest("alpha").getVersion()).isEqualTo(2);
    assertThat(latest("beta").getVersion()).isEqualTo(1);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("alpha-rule").count()).isEqualTo(2);
  }

  @Test
  void changedDecisionRedeploysTheProcessBindingIt() {
    deployer.deploy(models("Form v1", "OK"));

    deployer.deploy(models("Form v1", "CHANGED"));

    assertThat(latest("alpha").getVersion()).isEqualTo(2);
    assertThat(latest("beta").getVersion()).isEqualTo(1);
  }

  @Test
  void runningInstanceKeepsTheFormOfItsOwnVersion() throws Exception {
    deployer.deploy(models("Form v1", "OK"));
    engine.getRuntimeService().startProcessInstanceByKey("alpha", "old");

    deployer.deploy(models("Form v2", "OK"));
    engine.getRuntimeService().startProcessInstanceByKey("alpha", "new");

    assertThat(formTextOfTask("old")).contains("Form v1");
    assertThat(formTextOfTask("new")).contains("Form v2");
  }

  @Test
  void modelsFromTheRepositoryFormOneDeploymentPerProcess() throws Exception {
    List<ModelFile> files = ModelFiles.load(new PathMatchingResourcePatternResolver(), Language.ZH_CN);
    List<DeploymentPlan.Deployment> plan = DeploymentPlan.of(files);

    assertThat(files).extracting(ModelFile::name).allMatch(name -> name.startsWith("bpmn/") || name.startsWith("forms/"));
    assertThat(plan).extracting(DeploymentPlan.Deployment::name).contains("order-to-cash", "order-review");
    assertThat(plan).filteredOn(d -> d.name().equals("order-review")).singleElement()
        .satisfies(d -> assertThat(d.files()).extracting(ModelFile::name)
            .contains("bpmn/order-review.bpmn", "bpmn/order-review-routing.dmn", "forms/order-review.form"));
  }

  @Test
  void resourceNamesAreTheSameFromJarAndFromClassesFolder() {
    assertThat(ModelFiles.stableName("jar:file:/opt/app/order-to-cash.jar!/BOOT-INF/classes!/bpmn/order-review.bpmn"))
        .isEqualTo("bpmn/order-review.bpmn");
    assertThat(ModelFiles.stableName("file:/home/dev/order-to-cash/target/classes/bpmn/order-review.bpmn"))
        .isEqualTo("bpmn/order-review.bpmn");
    assertThat(ModelFiles.stableName("file:/home/dev/order-to-cash/target/classes/forms/order-review.form"))
        .isEqualTo("forms/order-review.form");
    assertThat(ModelFiles.stableName("file:/home/dev/bpmn/target/classes/bpmn/sub/x.dmn"))
        .isEqualTo("bpmn/sub/x.dmn");
  }

  private String formTextOfTask(String businessKey) throws Exception {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  /** Two processes: alpha (a user task with a form, a decision bound by deployment), beta (plain). */
  private static List<ModelFile> models(String formText, String decisionOutput) {
    List<ModelFile> files = new ArrayList<>();
    files.add(file("bpmn/alpha.bpmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <process id="alpha" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="Event_Start" />
            <sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Rule" />
            <businessRuleTask id="Task_Rule" camunda:decisionRef="alpha-rule"
                camunda:decisionRefBinding="deployment" camunda:mapDecisionResult="singleEntry"
                camunda:resultVariable="ruleResult" />
            <sequenceFlow id="Flow_2" sourceRef="Task_Rule" targetRef="Task_Work" />
            <userTask id="Task_Work" camunda:formRef="alpha-task" camunda:formRefBinding="deployment" />
            <sequenceFlow id="Flow_3" sourceRef="Task_Work" targetRef="Event_End" />
            <endEvent id="Event_End" />
          </process>
        </definitions>
        """));
    files.add(file("bpmn/alpha-rule.dmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="alpha-rules" name="Alpha rules" namespace="test">
          <decision id="alpha-rule" name="Alpha rule" camunda:historyTimeToLive="P1D">
            <decisionTable id="Table_Alpha">
              <output id="Output_1" name="result" typeRef="string" />
              <rule id="Rule_1"><outputEntry id="Entry_1"><text>"%s"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(decisionOutput)));
    files.add(file("forms/alpha-task.form", """
        {"id": "alpha-task", "type": "default", "schemaVersion": 16,
         "components": [{"type": "text", "id": "Text_1", "text": "%s"}]}
        """.formatted(formText)));
    files.add(file("bpmn/beta.bpmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <process id="beta" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="Event_Start" />
            <sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Event_End" />
            <endEvent id="Event_End" />
          </process>
        </definitions>
        """));
    return files;
  }

  private static ModelFile file(String name, String text) {
    return new ModelFile(name, text.getBytes(StandardCharsets.UTF_8));
  }
}
