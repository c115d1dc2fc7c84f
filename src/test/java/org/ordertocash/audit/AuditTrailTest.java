package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An order reviewed by a sales manager through Tasklist's REST call, read back from the audit
 * trail by audrey: who entered it, the routing decision with its inputs and matched rule, the
 * task with what mike entered (and not repeated as system-set variables), status changes with
 * their authors, the customer's mail, and every write tied to its request.
 */
@AppTest
@SuppressWarnings("unchecked")
class AuditTrailTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FormService forms;
  @Autowired AuditTrail trail;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  @Test
  void aReviewedOrderIsOnTheRecordWithWhoDidWhat() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    // P-400 short of stock: the routing table sends it to a sales manager
    String number = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 2}]");
    EngineRest mike = EngineRest.as(rest, "mike", engine.getName());
    String review = mike.awaitTask(number, "Task_ReviewOrder");
    assertThat(mike.submitForm(review, Map.of("reviewDecision", "approve", "fulfilment", "PARTIAL_DELIVERY"))
        .getStatusCode().is2xxSuccessful()).isTrue();
    desk.awaitStatus(number, "CONFIRMED");

    List<Map<String, Object>> events = timeline(number);

    Map<String, Object> intake = first(events, "API_WRITE", "POST /api/orders");
    assertThat(intake).containsEntry("actor", "sally");
    assertThat(details(intake)).containsEntry("status", 201);
    assertThat(first(events, "PROCESS_STARTED", "order-to-cash")).containsEntry("requestId", intake.get("requestId"));
    assertThat(first(events, "STATUS_CHANGED", "RECEIVED")).containsEntry("actor", "sally");

    Map<String, Object> routing = first(events, "DECISION_EVALUATED", "");
    assertThat(details(routing).get("inputs")).asList().isNotEmpty();
    assertThat(details(routing).get("matchedRules")).asList().isNotEmpty();
    assertThat(details(routing).get("outputs")).asList().isNotEmpty();

    assertThat(first(events, "TASK_CANDIDATES", "group sales-managers")).isNotNull();
    Map<String, Object> completed = first(events, "TASK_COMPLETED", "completed by mike");
    assertThat(completed).containsEntry("actor", "mike").containsEntry("activityId", "Task_ReviewOrder");
    assertThat((Map<String, Object>) details(completed).get("entered"))
        .containsEntry("reviewDecision", "approve").containsEntry("fulfilment", "PARTIAL_DELIVERY");
    assertThat(events).as("what mike entered is his, not a system-set variable")
        .noneMatch(e -> "VARIABLE_SET".equals(e.get("kind")) && "reviewDecision set".equals(e.get("summary")));
    assertThat(events).as("values the system set are recorded")
        .anyMatch(e -> "VARIABLE_SET".equals(e.get("kind")) && "system".equals(e.get("actor")));
    Map<String, Object> submit = first(events, "API_WRITE", "/submit-form");
    assertThat(submit).containsEntry("actor", "mike").containsEntry("requestId", completed.get("requestId"));

    assertThat(first(events, "STATUS_CHANGED", "CONFIRMED")).containsEntry("actor", "mike");
    assertThat(first(events, "CUSTOMER_MESSAGE", "")).isNotNull();
    assertThat(first(events, "ACTIVITY_ENDED", "")).containsKey("activityId");
    assertThat(events).extracting(e -> ((Number) e.get("seq")).longValue()).isSorted();
  }

  @Test
  void aVariableChangeIsRecordedOnTheTrailNotAgainAsEngineDetail() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 1}]");
    desk.awaitStatus(number, "IN_REVIEW"); // committed with the review's first variables
    String review = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("order-review").singleResult().getId();

    assertThat(first(timeline(number), "VARIABLE_SET", "orderValue set")).isNotNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review)
        .variableName("orderValue").count()).isOne();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(review).variableUpdates()
        .count()).isZero();
  }

  @Test
  void aFormSubmittedThroughTheJavaApiIsThePersonsEntryToo() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 3}]");
    Task review = desk.awaitTask(number, "Task_ReviewOrder");
    identityService.setAuthentication("nina", List.of("sales-managers"));
    try {
      forms.submitTaskForm(review.getId(), Map.of("reviewDecision", "approve", "fulfilment", "PARTIAL_DELIVERY"));
    } finally {
      identityService.clearAuthentication();
    }

    List<Map<String, Object>> events = timeline(number);
    Map<String, Object> completed = first(events, "TASK_COMPLETED", "completed by nina");
    assertThat((Map<String, Object>) details(completed).get("entered")).containsEntry("reviewDecision", "approve");
    assertThat(events).noneMatch(e -> "VARIABLE_SET".equals(e.get("kind")) && "reviewDecision set".equals(e.get("summary")));
  }

  @Test
  void commentsAndIncidentsAreOnTheRecordWithWhoResolvedThem() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 4}]");
    Task review = desk.awaitTask(number, "Task_ReviewOrder");
    identityService.setAuthentication("mike", List.of("sales-managers"));
    try {
      tasks.createComment(review.getId(), review.getProcessInstanceId(), "Asked the warehouse about P-400");
    } finally {
      identityService.clearAuthentication();
    }
    Incident incident = engine.getRuntimeService().createIncident("bench-check", review.getExecutionId(), "cfg",
        "The credit bureau did not answer");
    assertThat(rest.exchange("/engine-rest/engine/" + engine.getName() + "/incident/" + incident.getId(),
        HttpMethod.DELETE, new HttpEntity<>(Api.basic("admin")), String.class).getStatusCode().is2xxSuccessful()).isTrue();

    List<Map<String, Object>> events = timeline(number);
    assertThat(first(events, "COMMENT_ADDED", "Asked the warehouse about P-400")).containsEntry("actor", "mike");
    assertThat(first(events, "INCIDENT_CREATED", "The credit bureau did not answer")).isNotNull();
    assertThat(first(events, "INCIDENT_RESOLVED", "resolved by admin")).containsEntry("actor", "admin");
  }

  @Test
  void aComplaintAboutAnOrderIsOnTheOrdersRecord() {
    String number = new OrderDesk(rest, tasks).enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 1}]");
    ResponseEntity<Map> complaint = Api.as(rest, "carol").post("/api/complaints", """
        {"customerCode": "C-1004", "orderNumber": "%s", "channel": "PHONE", "category": "DELIVERY",
         "description": "The driver left the desk at the gate"}
        """.formatted(number), "audit-complaint-" + number);
    assertThat(complaint.getStatusCode()).as(complaint.toString()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> related = first(timeline(number), "RELATED_CASE", "The driver left the desk at the gate");
    assertThat(related).containsEntry("actor", "carol");
    assertThat(details(related)).containsEntry("complaint", complaint.getBody().get("number"));
    assertThat(timeline((String) complaint.getBody().get("number"))).as("the complaint's own story")
        .anyMatch(e -> "PROCESS_STARTED".equals(e.get("kind")));
  }

  @Test
  void overlongParticularsAreCutButStayReadable() {
    String number = "AUD-LONG-" + java.util.UUID.randomUUID().toString().substring(0, 6);
    transaction.executeWithoutResult(status -> trail.record(AuditEntry.of(AuditKind.VARIABLE_SET, number, "notes set")
        .with("name", "notes").with("value", "x".repeat(200_000))));

    Map<String, Object> recorded = first(timeline(number), "VARIABLE_SET", "notes set");
    assertThat(details(recorded)).containsEntry("truncated", true).containsKey("start");
  }

  @Test
  void theWholeChainVerifies() {
    new OrderDesk(rest, tasks).enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 1}]");
    Map<String, Object> verification = Api.as(rest, "audrey").get("/api/audit/verify").getBody();
    assertThat(verification).containsEntry("intact", true).containsEntry("firstBroken", null);
    assertThat(((Number) verification.get("recordsChecked")).longValue()).isPositive()
        .isEqualTo(((Number) verification.get("headSeq")).longValue());
  }

  @Test
  void onlyAuditorsAndAdministratorsReadTheTrail() {
    String number = new OrderDesk(rest, tasks).enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 1}]");
    for (String user : List.of("sally", "mike", "fiona", "larry", "walter", "carol", "paula")) {
      assertThat(Api.as(rest, user).get("/api/audit/orders/" + number).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(Api.as(rest, user).get("/api/audit/verify").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(Api.as(rest, "audrey").get("/api/audit/orders/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "audrey").get("/api/audit/orders/NO-SUCH-ORDER").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "audrey").get("/api/audit/orders/bad%20number").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private List<Map<String, Object>> timeline(String number) {
    ResponseEntity<Map> answer = Api.as(rest, "audrey").get("/api/audit/orders/" + number);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) answer.getBody().get("events");
  }

  static Map<String, Object> first(List<Map<String, Object>> events, String kind, String summaryPart) {
    return events.stream()
        .filter(e -> kind.equals(e.get("kind")) && ((String) e.get("summary")).contains(summaryPart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " containing '" + summaryPart + "' in " + summaries(events)));
  }

  static Map<String, Object> details(Map<String, Object> event) {
    return (Map<String, Object>) event.get("details");
  }

  private static List<String> summaries(List<Map<String, Object>> events) {
    return events.stream().map(e -> e.get("kind") + " " + e.get("actor") + ": " + e.get("summary")).toList();
  }
}
