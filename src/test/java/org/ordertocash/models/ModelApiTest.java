package org.ordertocash.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Modeler;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The process owners' API: versions and where they came from, the diff of two real versions,
 * a dry run and an executed migration, a rollback, 403 for everyone else, and the operation log.
 * A Spring context of its own: it deploys versions of order-review.
 */
@AppTest
@TestPropertySource(properties = "ordertocash.test.models-context=model-api")
class ModelApiTest {

  static final String ONE_CHAIR = "[{\"sku\": \"P-100\", \"quantity\": 1}]";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void versionsSayWhereEachCameFromAndWhatRunsOnIt() {
    int owners = deployOrderReview(reviewDueIn(4));
    String number = desk().enter("sally", "C-1004", ONE_CHAIR);
    Task review = desk().awaitTask(number, "Task_ReviewOrder");
    runtime.createIncident("failedJob", review.getExecutionId(), "test", "A stand-in incident");

    List<Map<String, Object>> versions = Api.as(rest, "paula").getList("/api/models/order-review/versions");

    Map<String, Object> first = versions.get(0);
    assertThat(first).containsEntry("version", 1).containsEntry("origin", "START_UP")
        .containsEntry("deployedBy", "order-to-cash (start-up)").containsEntry("active", false);
    Map<String, Object> active = versions.get(versions.size() - 1);
    assertThat(active).containsEntry("version", owners).containsEntry("origin", "PROCESS_OWNER")
        .containsEntry("source", "Camunda Modeler").containsEntry("deployedBy", "paula").containsEntry("active", true)
        .containsEntry("openIncidents", 1);
    assertThat(((Number) active.get("runningInstances")).intValue()).isPositive();

    List<Map<String, Object>> models = Api.as(rest, "paula").getList("/api/models");
    assertThat(models).filteredOn(model -> "order-review".equals(model.get("key"))).singleElement()
        .satisfies(model -> assertThat(model).containsEntry("kind", "PROCESS").containsEntry("activeVersion", owners)
            .containsEntry("activeDeployedBy", "paula"));
    assertThat(models).extracting(model -> model.get("key")).contains("order-review-routing", "order-to-cash");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDiffOfTwoVersionsNamesTheChangedElementsFormsAndRules() {
    int from = deployOrderReview(reviewDueIn(7));
    int to = deployOrderReview(reviewDueIn(8));
    assertThat(modeler().deploy("order-review-routing", true,
        Map.of("order-review-routing.dmn", ModelerDeploymentTest.floorAt40Percent())).status()).isEqualTo(200);
    int withTable = activeVersion();

    Map<String, Object> diff = Api.as(rest, "paula").get("/api/models/order-review/diff?from=" + from + "&to=" + to).getBody();
    assertThat((List<Map<String, Object>>) diff.get("changed")).singleElement().satisfies(element -> {
      assertThat(element).containsEntry("id", "Task_ReviewOrder").containsEntry("type", "userTask")
          .containsEntry("name", "Review order");
      assertThat((List<Map<String, Object>>) element.get("changes")).containsExactly(Map.of(
          "property", "camunda:dueDate", "from", "${dateTime().plusDays(7).toDate()}", "to", "${dateTime().plusDays(8).toDate()}"));
    });
    assertThat((List<?>) diff.get("added")).isEmpty();
    assertThat((List<?>) diff.get("files")).isEmpty();

    Map<String, Object> tableDiff = Api.as(rest, "paula")
        .get("/api/models/order-review/diff?from=" + to + "&to=" + withTable).getBody();
    assertThat((List<?>) tableDiff.get("changed")).isEmpty();
    assertThat((List<Map<String, Object>>) tableDiff.get("files")).singleElement()
        .satisfies(file -> assertThat(file).containsEntry("defines", "order-review-routing").containsEntry("change", "CHANGED"));
    Map<String, Object> decision = ((List<Map<String, Object>>) tableDiff.get("decisions")).get(0);
    assertThat(decision).containsEntry("decisionId", "order-review-routing");
    assertThat((List<Map<String, Object>>) decision.get("changedRules")).singleElement().satisfies(rule -> {
      assertThat(rule).containsEntry("ruleId", "Rule_PriceBelowFloor");
      assertThat((List<Map<String, Object>>) rule.get("changes"))
          .containsExactly(Map.of("property", "Price deviation (%)", "from", "> 50", "to", "> 40"));
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void aDryRunChangesNothingThenTheMigrationMovesInstancesWithWorkingForms() {
    int from = activeVersion();
    String waiting = desk().enter("sally", "C-1004", ONE_CHAIR);
    String alsoWaiting = desk().enter("sally", "C-1004", ONE_CHAIR);
    String sentBack = desk().enter("sally", "C-1004", ONE_CHAIR);
    desk().awaitTask(waiting, "Task_ReviewOrder");
    desk().awaitTask(alsoWaiting, "Task_ReviewOrder");
    complete("mike", desk().awaitTask(sentBack, "Task_ReviewOrder"), Map.of("reviewDecision", "sendBack",
        "reviewComment", "Please check the quantity"));
    desk().awaitTask(sentBack, "Task_ReviseOrder");
    int to = deployOrderReview(reviseTaskRenamed());
    String body = "{\"from\": " + from + ", \"to\": " + to + "}";

    Map<String, Object> dryRun = Api.as(rest, "paula").post("/api/models/order-review/migrations", body).getBody();

    assertThat(dryRun).containsEntry("executed", false).containsEntry("batchId", null);
    List<Map<String, Object>> instances = (List<Map<String, Object>>) dryRun.get("instances");
    assertThat(instances).filteredOn(i -> List.of(waiting, alsoWaiting).contains(i.get("businessKey")))
        .hasSize(2).allSatisfy(i -> assertThat(i).containsEntry("canMigrate", true));
    assertThat(instances).filteredOn(i -> sentBack.equals(i.get("businessKey"))).singleElement()
        .satisfies(i -> {
          assertThat(i).containsEntry("canMigrate", false);
          assertThat(i.get("problems").toString()).contains("Task_ReviseOrder");
        });
    assertThat(definitionOf(waiting).getVersion()).as("a dry run changes nothing").isEqualTo(from);

    Map<String, Object> executed = Api.as(rest, "paula").post("/api/models/order-review/migrations",
        "{\"from\": " + from + ", \"to\": " + to + ", \"execute\": true}").getBody();
    String batchId = (String) executed.get("batchId");
    assertThat(executed).containsEntry("executed", true);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        Api.as(rest, "paula").get("/api/models/order-review/migrations/" + batchId).getBody())
        .containsEntry("done", true).containsEntry("failedJobs", 0));

    assertThat(definitionOf(waiting).getVersion()).isEqualTo(to);
    assertThat(definitionOf(alsoWaiting).getVersion()).isEqualTo(to);
    assertThat(definitionOf(sentBack).getVersion()).as("could not migrate, stays").isEqualTo(from);
    Task migrated = desk().awaitTask(waiting, "Task_ReviewOrder");
    assertThat(deployedForm("mike", migrated.getId()).getStatusCode().value()).isEqualTo(200);
    complete("mike", migrated, Map.of("reviewDecision", "sendBack", "reviewComment", "Please check the price"));
    Task revise = desk().awaitTask(waiting, "Task_ReviseTheOrder");
    assertThat(revise.getName()).as("the migrated model's name, not yet translated, with the order's facts")
        .startsWith("Revise the order · " + waiting + " · ");
    assertThat(deployedForm("sally", revise.getId()).getBody()).contains("\"id\": \"order-revision\"");
    assertThat(history.createUserOperationLogQuery().operationType(UserOperationLogEntry.OPERATION_TYPE_MIGRATE)
        .userId("paula").count()).isPositive();
  }

  @Test
  void aRollbackMakesTheOldVersionActiveForNewInstances() {
    int old = deployOrderReview(reviewDueIn(3));
    assertThat(dueDateOfANewReview()).isEqualTo(LocalDate.now().plusDays(3).toString());
    int changed = deployOrderReview(reviewDueIn(6));
    assertThat(changed).isEqualTo(old + 1);
    assertThat(dueDateOfANewReview()).isEqualTo(LocalDate.now().plusDays(6).toString());

    ResponseEntity<Map> answer = Api.as(rest, "paula").post("/api/models/order-review/rollback", "{\"to\": " + old + "}");

    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    assertThat(answer.getBody()).containsEntry("rolledBackTo", old).containsEntry("newVersion", changed + 1);
    assertThat(dueDateOfANewReview()).isEqualTo(LocalDate.now().plusDays(3).toString());
    List<Map<String, Object>> versions = Api.as(rest, "paula").getList("/api/models/order-review/versions");
    assertThat(versions.get(versions.size() - 1)).containsEntry("origin", "ROLLBACK").containsEntry("deployedBy", "paula");

    ResponseEntity<Map> again = Api.as(rest, "paula").post("/api/models/order-review/rollback",
        "{\"to\": " + (changed + 1) + "}");
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(Api.as(rest, "paula").post("/api/models/order-review/rollback", "{\"to\": 999}").getStatusCode().value())
        .isEqualTo(404);

    Modeler.Answer resent = modeler().deploy("order-review", true, Map.of("order-review.bpmn", reviewDueIn(6)));
    assertThat(resent.status()).isEqualTo(200);
    assertThat(activeVersion()).as("the same file sent again after a rollback is active again").isEqualTo(changed + 2);
    assertThat(dueDateOfANewReview()).isEqualTo(LocalDate.now().plusDays(6).toString());
  }

  @Test
  void badRequestsAreAnsweredWithAReason() {
    assertThat(Api.as(rest, "paula").get("/api/models/no-such-model/versions").getStatusCode().value()).isEqualTo(404);
    assertThat(Api.as(rest, "paula").get("/api/models/order-review/diff?from=1&to=999").getStatusCode().value())
        .isEqualTo(404);
    ResponseEntity<Map> noTo = Api.as(rest, "paula").post("/api/models/order-review/migrations", "{\"from\": 1}");
    assertThat(noTo.getStatusCode().value()).isEqualTo(400);
    assertThat(noTo.getBody().get("message").toString()).contains("'to'");
    ResponseEntity<Map> badInstruction = Api.as(rest, "paula").post("/api/models/order-review/migrations",
        "{\"from\": 1, \"to\": 1, \"instructions\": [{\"from\": \"Task_Nowhere\", \"to\": \"Task_ReviewOrder\"}]}");
    assertThat(badInstruction.getStatusCode().value()).isEqualTo(400);
    assertThat(badInstruction.getBody().get("message").toString()).contains("the migration plan is invalid", "Task_Nowhere");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sally", "mike", "fiona", "larry", "walter", "carol", "audrey"})
  void everyoneButProcessOwnersAndAdministratorsIsRefused(String user) {
    Api api = Api.as(rest, user);
    assertThat(api.get("/api/models").getStatusCode().value()).isEqualTo(403);
    assertThat(api.get("/api/models/order-review/versions").getStatusCode().value()).isEqualTo(403);
    assertThat(api.get("/api/models/order-review/diff?from=1&to=1").getStatusCode().value()).isEqualTo(403);
    assertThat(api.post("/api/models/order-review/migrations", "{\"from\": 1, \"to\": 1}").getStatusCode().value())
        .isEqualTo(403);
    assertThat(api.get("/api/models/order-review/migrations/some-batch").getStatusCode().value()).isEqualTo(403);
    assertThat(api.post("/api/models/order-review/rollback", "{\"to\": 1}").getStatusCode().value()).isEqualTo(403);
    assertThat(Api.as(rest, "admin").getList("/api/models")).isNotEmpty();
  }

  @Test
  void processOwnersReadInstancesAndIncidentsButChangeNothing() {
    String number = desk().enter("sally", "C-1004", ONE_CHAIR);
    Task review = desk().awaitTask(number, "Task_ReviewOrder");
    String instance = review.getProcessInstanceId();
    runtime.createIncident("failedJob", review.getExecutionId(), "test", "Visible to process owners");

    assertThat(engineGet("paula", "/process-instance?businessKey=" + number).getBody()).contains(instance);
    assertThat(engineGet("paula", "/incident?processInstanceId=" + instance).getBody()).contains("Visible to process owners");
    assertThat(engineSend("paula", HttpMethod.PUT, "/process-instance/" + instance + "/variables/reviewDecision",
        "{\"value\": \"approve\", \"type\": \"String\"}").getStatusCode().value()).isEqualTo(403);
    assertThat(engineSend("paula", HttpMethod.DELETE, "/process-instance/" + instance, null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(engineSend("paula", HttpMethod.POST, "/task/" + review.getId() + "/complete", "{}").getStatusCode().value())
        .isIn(403, 404);
  }

  /** order-review with the revision task renamed: new id Task_ReviseTheOrder, name "Revise the order". */
  private static byte[] reviseTaskRenamed() {
    String model = new String(Modeler.changed(ModelerDeploymentTest.REVIEW_BPMN, "name=\"Revise order\"",
        "name=\"Revise the order\""), java.nio.charset.StandardCharsets.UTF_8);
    return model.replace("\"Task_ReviseOrder\"", "\"Task_ReviseTheOrder\"")
        .replace(">Task_ReviseOrder<", ">Task_ReviseTheOrder<").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** order-review with the manager's review due in this many days. */
  private static byte[] reviewDueIn(int days) {
    return Modeler.changed(ModelerDeploymentTest.REVIEW_BPMN,
        "camunda:candidateGroups=\"sales-managers\" camunda:dueDate=\"${dateTime().plusDays(2).toDate()}\"",
        "camunda:candidateGroups=\"sales-managers\" camunda:dueDate=\"${dateTime().plusDays(" + days + ").toDate()}\"");
  }

  private int deployOrderReview(byte[] bpmn) {
    Modeler.Answer answer = modeler().deploy("order-review", true, Map.of("order-review.bpmn", bpmn));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return activeVersion();
  }

  private String dueDateOfANewReview() {
    Task review = desk().awaitTask(desk().enter("sally", "C-1004", ONE_CHAIR), "Task_ReviewOrder");
    return LocalDate.ofInstant(review.getDueDate().toInstant(), ZoneId.systemDefault()).toString();
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    identity.setAuthentication(user, List.of(user.equals("sally") ? "sales" : "sales-managers"));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private ProcessDefinition definitionOf(String number) {
    String definitionId = runtime.createProcessInstanceQuery().processDefinitionKey("order-review")
        .processInstanceBusinessKey(number).singleResult().getProcessDefinitionId();
    return repository.getProcessDefinition(definitionId);
  }

  private int activeVersion() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("order-review").latestVersion()
        .singleResult().getVersion();
  }

  private ResponseEntity<String> deployedForm(String user, String taskId) {
    return engineGet(user, "/task/" + taskId + "/deployed-form");
  }

  private ResponseEntity<String> engineGet(String user, String path) {
    return engineSend(user, HttpMethod.GET, path, null);
  }

  private ResponseEntity<String> engineSend(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/engine-rest/engine/" + engine.getName() + path, method, new HttpEntity<>(json, headers), String.class);
  }

  private Modeler modeler() {
    return Modeler.as("paula", port, engine.getName());
  }

  private OrderDesk desk() {
    return new OrderDesk(rest, tasks);
  }
}
