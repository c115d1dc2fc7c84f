package org.ordertocash.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.returns.ReturnFixtures;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Auditor;
import org.ordertocash.support.EngineRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST /api/complaints and the complaint process with the real beans: bad input, repeated
 * requests, deadlines from the table, escalation to the sales managers, a complaint opening a
 * return, and the report.
 */
@AppTest
@SuppressWarnings("unchecked")
class ComplaintApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine processEngine;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;

  ReturnFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ReturnFixtures(rest, jdbc, processEngine.getRuntimeService(), processEngine.getTaskService(),
        shipments, clock);
  }

  ResponseEntity<Map> complain(String json) {
    return Api.as(rest, "carol").post("/api/complaints", json, UUID.randomUUID().toString());
  }

  String complaint(String order, String category, String lines) {
    ResponseEntity<Map> received = complain("""
        {"customerCode": "%s", "orderNumber": %s, "channel": "PHONE", "category": "%s",
         "description": "The chair's gas lift sinks within an hour", "lines": %s}
        """.formatted(fixtures.customer, order == null ? "null" : "\"" + order + "\"", category, lines));
    assertThat(received.getStatusCode()).as(received.toString()).isEqualTo(HttpStatus.CREATED);
    return (String) received.getBody().get("number");
  }

  Map<String, Object> awaitComplaint(String number, String status) {
    return await().atMost(Duration.ofSeconds(30)).until(
        () -> Api.as(rest, "audrey").get("/api/complaints/" + number).getBody(), c -> status.equals(c.get("status")));
  }

  EngineRest as(String user) {
    return EngineRest.as(rest, user, processEngine.getName());
  }

  @Test
  void badComplaintsGet400AndNothingIsStored() {
    String order = fixtures.deliveredOrder(2);
    long before = jdbc.sql("select count(*) from complaint where customer_code = ?").param(fixtures.customer)
        .query(Long.class).single();
    Map<String, String> refusals = Map.of(
        "{\"customerCode\": \"NOPE\", \"channel\": \"PHONE\", \"category\": \"PRODUCT\", \"description\": \"x\"}",
        "There is no customer NOPE",
        "{\"customerCode\": \"" + fixtures.customer + "\", \"channel\": \"FAX\", \"category\": \"PRODUCT\", \"description\": \"x\"}",
        "channel must be one of",
        "{\"customerCode\": \"" + fixtures.customer + "\", \"channel\": \"PHONE\", \"category\": \"PRODUCT\", \"description\": \" \"}",
        "Describe the complaint",
        "{\"customerCode\": \"" + fixtures.customer + "\", \"channel\": \"PHONE\", \"category\": \"PRODUCT\", \"description\": \"x\","
            + " \"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}",
        "give the orderNumber too",
        "{\"customerCode\": \"" + fixtures.customer + "\", \"orderNumber\": \"" + order + "\", \"channel\": \"PHONE\","
            + " \"category\": \"PRODUCT\", \"description\": \"x\", \"lines\": [{\"lineNo\": 1, \"quantity\": 5}]}",
        "Line 1 has 2 units");
    refusals.forEach((json, sentence) -> {
      ResponseEntity<Map> refused = complain(json);
      assertThat(refused.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().toString()).as(json).contains(sentence).doesNotContain("Exception");
    });
    assertThat(jdbc.sql("select count(*) from complaint where customer_code = ?").param(fixtures.customer)
        .query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void theSameRequestKeyAnswersTheComplaintRecorded() {
    String json = "{\"customerCode\": \"" + fixtures.customer + "\", \"channel\": \"EMAIL\", \"category\": \"SERVICE\","
        + " \"description\": \"Nobody called back\"}";
    String key = UUID.randomUUID().toString();

    ResponseEntity<Map> first = Api.as(rest, "carol").post("/api/complaints", json, key);
    ResponseEntity<Map> second = Api.as(rest, "carol").post("/api/complaints", json, key);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(second.getBody().get("number")).isEqualTo(first.getBody().get("number"));
  }

  @Test
  void aClassAComplaintIsDueInFourHoursAndEscalatedToSalesManagersWhenLate() {
    String number = complaint(null, "PRODUCT", "[]");
    Map<String, Object> acknowledged = await().atMost(Duration.ofSeconds(30)).until(
        () -> Api.as(rest, "audrey").get("/api/complaints/" + number).getBody(), c -> c.get("firstResponseDue") != null);
    assertThat(Duration.between(Instant.parse((String) acknowledged.get("receivedAt")),
        Instant.parse((String) acknowledged.get("firstResponseDue")))).isEqualTo(Duration.ofHours(4));
    assertThat(as("mike").openTaskId(number, "Task_RespondToComplaint")).as("not the managers' task yet").isNull();

    String instance = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Job deadline = processEngine.getManagementService().createJobQuery().processInstanceId(instance).timers()
        .singleResult();
    processEngine.getManagementService().executeJob(deadline.getId());

    String task = as("mike").awaitTask(number, "Task_RespondToComplaint");
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(task).singleResult().getPriority()).isEqualTo(90);
    assertThat(as("carol").openTaskId(number, "Task_RespondToComplaint")).as("still customer service's too").isEqualTo(task);
    assertThat(Api.as(rest, "audrey").get("/api/complaints/" + number).getBody().get("escalatedAt")).isNotNull();
  }

  @Test
  void aComplaintAboutAProductOpensAReturnOfItsUnitsAndTheCustomerIsToldAtEachStep() {
    String order = fixtures.deliveredOrder(2);
    String number = complaint(order, "PRODUCT", "[{\"lineNo\": 1, \"quantity\": 1}]");

    as("carol").completeTask(number, "Task_RespondToComplaint", Map.of("firstResponse", "We will pick the chair up"));
    as("carol").completeTask(number, "Task_ResolveComplaint", Map.of("rootCause", "PRODUCT_DEFECT",
        "actionTaken", "Batch reported to the supplier", "resolution", "We take the chair back and refund it",
        "remedy", "RETURN"));

    Map<String, Object> resolved = await().atMost(Duration.ofSeconds(30)).until(
        () -> Api.as(rest, "audrey").get("/api/complaints/" + number).getBody(), c -> c.get("remedyReference") != null);
    assertThat(resolved).containsEntry("status", "RESOLVED").containsEntry("rootCause", "PRODUCT_DEFECT")
        .containsEntry("firstRespondedBy", "carol").containsEntry("resolvedBy", "carol")
        .containsEntry("firstResponseInTime", true).containsEntry("resolvedInTime", true);
    Map<String, Object> opened = Api.as(rest, "audrey").get("/api/returns/" + resolved.get("remedyReference")).getBody();
    assertThat(opened).containsEntry("orderNumber", order).containsEntry("reason", "DEFECTIVE")
        .containsEntry("wish", "REFUND");
    assertThat((List<Map<String, Object>>) opened.get("lines")).singleElement()
        .satisfies(l -> assertThat(l).containsEntry("lineNo", 1).containsEntry("quantity", 1));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new Auditor(rest).messages(order))
        .extracting(m -> m.get("type"))
        .contains("COMPLAINT_RECEIVED", "COMPLAINT_RESPONSE", "COMPLAINT_RESOLVED", "RETURN_APPROVED"));

    Map<String, Object> report = Api.as(rest, "mike").get("/api/reports/complaints?customer=" + fixtures.customer
        + "&from=" + LocalDate.now(clock).minusDays(1)).getBody();
    assertThat(report).containsEntry("received", 1).containsEntry("resolved", 1).containsEntry("open", 0);
    assertThat((Map<String, Object>) report.get("resolution")).containsEntry("kept", 1).containsEntry("missed", 0);
    assertThat((List<Map<String, Object>>) report.get("topRootCauses")).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("rootCause", "PRODUCT_DEFECT").containsEntry("complaints", 1));
  }

  @Test
  void aPriceReductionIsCreditedOnceFinanceApprovesIt() {
    String order = fixtures.deliveredOrder(2);
    String number = complaint(order, "BILLING", "[{\"lineNo\": 2, \"quantity\": 3}]");
    as("carol").completeTask(number, "Task_RespondToComplaint", Map.of("firstResponse", "We look at the price"));
    as("carol").completeTask(number, "Task_ResolveComplaint", Map.of("rootCause", "BILLING_ERROR",
        "actionTaken", "Price list corrected", "resolution", "The cushions were billed too high", "remedy", "CREDIT_NOTE",
        "creditPerUnit", 2.5));

    String approval = as("fiona").awaitTask(number, "Task_ApproveComplaintCredit");
    assertThat(as("fiona").variables(approval).get("creditText")).isEqualTo("每件 ¥2.50 × 3 件 = ¥7.50");
    as("fiona").completeTask(number, "Task_ApproveComplaintCredit", Map.of("complaintCreditDecision", "APPROVE"));

    Map<String, Object> resolved = await().atMost(Duration.ofSeconds(30)).until(
        () -> Api.as(rest, "audrey").get("/api/complaints/" + number).getBody(), c -> c.get("remedyReference") != null);
    assertThat(resolved).containsEntry("creditApprovedBy", "fiona").containsEntry("remedy", "CREDIT_NOTE");
    Map<String, Object> note = Api.as(rest, "fiona").get("/api/invoices/" + resolved.get("remedyReference")).getBody();
    assertThat(note).containsEntry("kind", "CREDIT_NOTE");
    assertThat((List<Map<String, Object>>) note.get("lines")).singleElement()
        .satisfies(l -> assertThat(l).containsEntry("lineNo", 2).containsEntry("quantity", 3).containsEntry("unitPrice", 2.5));
  }
}
