package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Modeler;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.TestPropertySource;

/**
 * A process owner deploys from Camunda Modeler, one file at a time, and the next order runs on it.
 * This class has a Spring context of its own: the models it deploys must not change other
 * classes' processes. Each test compares against the versions active when it started.
 */
@AppTest
@TestPropertySource(properties = "ordertocash.test.models-context=modeler-deployments")
class ModelerDeploymentTest {

  static final String ROUTING_DMN = "bpmn/order-review-routing.dmn";
  static final String REVIEW_BPMN = "bpmn/order-review.bpmn";
  static final String REVIEW_FORM = "forms/order-review.form";
  /** 715.00 for a standing desk listed at 1,299.00 is 45 % below list: NEGOTIATE; REJECT once the floor is 40 %. */
  static final String DEEP_DISCOUNT = "[{\"sku\": \"P-200\", \"quantity\": 1, \"unitPrice\": 715.00}]";
  static final String ONE_CHAIR = "[{\"sku\": \"P-100\", \"quantity\": 1}]";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired ProcessModelDeployer startUpDeployer;
  @Autowired ModelVersions versions;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void aDecisionTableDeployedAloneDecidesTheNextOrder() {
    String before = desk().enter("sally", "C-1001", DEEP_DISCOUNT);
    desk().awaitStatus(before, "IN_NEGOTIATION");
    int reviewVersion = activeVersion("order-review");

    Modeler.Answer answer = paula().deploy("order-review-routing", true,
        Map.of("order-review-routing.dmn", floorAt40Percent()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("deployedDecisionDefinitions").toString()).contains("order-review-routing");
    assertThat(answer.json().path("deployedProcessDefinitions").toString())
        .as("the process binding the table gets a version with it").contains("order-review");
    assertThat(activeVersion("order-review")).isEqualTo(reviewVersion + 1);

    String after = desk().enter("sally", "C-1001", DEEP_DISCOUNT);
    desk().awaitStatus(after, "REJECTED");
    HistoricDecisionInstance decided = history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("order-review-routing").processInstanceId(reviewInstanceOf(after)).singleResult();
    assertThat(decided.getDecisionDefinitionId()).isEqualTo(latestDecisionId("order-review-routing"));
  }

  @Test
  void theSameTableSentAgainWithDeployChangedOnlyDeploysNothing() {
    byte[] table = Modeler.changed(ROUTING_DMN, "Price more than 50 % below list price",
        "Price more than half below list price");
    assertThat(paula().deploy("routing-wording", true, Map.of("order-review-routing.dmn", table)).status()).isEqualTo(200);
    int reviewVersion = activeVersion("order-review");
    long decisions = repository.createDecisionDefinitionQuery().decisionDefinitionKey("order-review-routing").count();

    Modeler.Answer again = paula().deploy("routing-wording", true, Map.of("order-review-routing.dmn", table));

    assertThat(again.status()).isEqualTo(200);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("order-review-routing").count())
        .isEqualTo(decisions);
    assertThat(activeVersion("order-review")).isEqualTo(reviewVersion);
  }

  @Test
  void aProcessDeployedAloneRunsWithItsDecisionAndForms() throws IOException {
    Modeler.Answer answer = paula().deploy("order-review", true,
        Map.of("order-review.bpmn", reviewDueInFiveDays()));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    ProcessDefinition deployed = latest("order-review");
    assertThat(fileNames(deployed.getDeploymentId()))
        .as("completed with the table and the forms of the process")
        .containsExactlyInAnyOrder("order-review.bpmn", "order-review-routing.dmn", "order-review.form",
            "credit-hold-review.form", "credit-hold-chase.form", "order-revision.form");
    assertThat(repository.getDeploymentResourceNames(deployed.getDeploymentId())).contains("order-review.bpmn");

    String number = desk().enter("sally", "C-1004", ONE_CHAIR);
    Task review = desk().awaitTask(number, "Task_ReviewOrder");

    assertThat(review.getProcessDefinitionId()).isEqualTo(deployed.getId());
    assertThat(LocalDate.ofInstant(review.getDueDate().toInstant(), ZoneId.systemDefault()))
        .isEqualTo(LocalDate.now().plusDays(5));
    ResponseEntity<String> form = deployedForm("mike", review.getId());
    assertThat(form.getStatusCode().value()).isEqualTo(200);
    assertThat(form.getBody()).contains("\"id\": \"order-review\"");
  }

  @Test
  void aFormDeployedAloneShowsOnNewTasksWhileOpenTasksKeepTheirs() throws IOException {
    String earlier = desk().enter("sally", "C-1004", ONE_CHAIR);
    Task open = desk().awaitTask(earlier, "Task_ReviewOrder");

    Modeler.Answer answer = paula().deploy("order-review-form", true, Map.of("order-review.form",
        Modeler.changed(REVIEW_FORM, "## 为什么需要您审核", "## 为什么需要您审核 (checked by paula)")));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);

    String later = desk().enter("sally", "C-1004", ONE_CHAIR);
    Task fresh = desk().awaitTask(later, "Task_ReviewOrder");
    assertThat(formText(fresh)).contains("checked by paula");
    assertThat(formText(open)).doesNotContain("checked by paula");
    assertThat(deployedForm("nina", fresh.getId()).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void severalFilesWithoutDeployChangedOnlyMakeANewVersionEvenIfUnchanged() {
    int reviewVersion = activeVersion("order-review");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("order-review.bpmn", Modeler.repositoryFile(REVIEW_BPMN));
    files.put("order-review.form", Modeler.repositoryFile(REVIEW_FORM));

    Modeler.Answer answer = paula().deploy("order-review-bundle", false, files);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(activeVersion("order-review")).isEqualTo(reviewVersion + 1);
    String deploymentId = latest("order-review").getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(deploymentId)).contains("order-review.bpmn", "order-review.form");
    assertThat(fileNames(deploymentId)).containsExactlyInAnyOrder("order-review.bpmn", "order-review-routing.dmn",
        "order-review.form", "credit-hold-review.form", "credit-hold-chase.form", "order-revision.form");
  }

  @Test
  void aRestartKeepsTheProcessOwnersNewerVersion() throws IOException {
    assertThat(paula().deploy("order-review", true, Map.of("order-review.bpmn", reviewDueInFiveDays())).status())
        .isEqualTo(200);
    ModelVersions.Version owners = versions.active("order-review");
    assertThat(owners.origin()).isEqualTo(ModelVersions.Origin.PROCESS_OWNER);
    assertThat(owners.deployedBy()).isEqualTo("paula");

    startUpDeployer.deploy(ModelFiles.load(new PathMatchingResourcePatternResolver(), Language.ZH_CN));
    assertThat(versions.active("order-review").version()).as("unchanged repository").isEqualTo(owners.version());

    List<ModelFile> release = releaseWithChangedReview();
    startUpDeployer.deploy(release);
    assertThat(versions.active("order-review").version()).as("changed repository, owner's version newer")
        .isEqualTo(owners.version());

    new ProcessModelDeployer(repository, new PathMatchingResourcePatternResolver(),
        versions, new ModelSettings(true), OrderToCashProperties.defaults()).deploy(release);
    ModelVersions.Version released = versions.active("order-review");
    assertThat(released.version()).isEqualTo(owners.version() + 1);
    assertThat(released.origin()).isEqualTo(ModelVersions.Origin.START_UP);
  }

  private List<ModelFile> releaseWithChangedReview() throws IOException {
    return ModelFiles.load(new PathMatchingResourcePatternResolver(), Language.ZH_CN).stream()
        .map(file -> file.name().equals(REVIEW_BPMN)
            ? new ModelFile(file.name(), Modeler.changed(REVIEW_BPMN, "name=\"Review order\"", "name=\"Review the order\""))
            : file)
        .toList();
  }

  private OrderDesk desk() {
    return new OrderDesk(rest, tasks);
  }

  private Modeler paula() {
    return Modeler.as("paula", port, engine.getName());
  }

  static byte[] floorAt40Percent() {
    String dmn = new String(Modeler.repositoryFile(ROUTING_DMN), StandardCharsets.UTF_8);
    int rule = dmn.indexOf("<rule id=\"Rule_PriceBelowFloor\">");
    int floor = dmn.indexOf("&gt; 50", rule);
    assertThat(rule).isPositive();
    assertThat(floor).isGreaterThan(rule);
    return (dmn.substring(0, floor) + "&gt; 40" + dmn.substring(floor + "&gt; 50".length()))
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] reviewDueInFiveDays() {
    return Modeler.changed(REVIEW_BPMN, "camunda:candidateGroups=\"sales-managers\" camunda:dueDate=\"${dateTime().plusDays(2).toDate()}\"",
        "camunda:candidateGroups=\"sales-managers\" camunda:dueDate=\"${dateTime().plusDays(5).toDate()}\"");
  }

  private String reviewInstanceOf(String number) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("order-review")
        .processInstanceBusinessKey(number).singleResult().getId();
  }

  private ResponseEntity<String> deployedForm(String user, String taskId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return rest.exchange("/engine-rest/engine/" + engine.getName() + "/task/{id}/deployed-form", HttpMethod.GET,
        new HttpEntity<>(headers), String.class, taskId);
  }

  private String formText(Task task) throws IOException {
    try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The deployment's files without folders: what was sent keeps Modeler's names, what was added the app's. */
  private List<String> fileNames(String deploymentId) {
    return repository.getDeploymentResourceNames(deploymentId).stream()
        .map(name -> name.substring(name.lastIndexOf('/') + 1)).toList();
  }

  private int activeVersion(String key) {
    return latest(key).getVersion();
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private String latestDecisionId(String key) {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult().getId();
  }
}
