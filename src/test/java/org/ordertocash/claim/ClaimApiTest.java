package org.ordertocash.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.shipment.Shipment;
import org.ordertocash.shipment.ShipmentFixtures;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Lost and damaged shipments through the real delivery and carrier-claim processes, and /api/claims. */
@AppTest
class ClaimApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ShipmentRepository shipments;
  @Autowired CarrierClaimRepository claims;
  @Autowired CarrierClaimService claimService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired Clock clock;

  ShipmentFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new ShipmentFixtures(rest, shipments, runtimeService, clock);
  }

  /** A shipped shipment whose delivery the carrier reports lost or damaged; returns the opened claim. */
  ClaimView reported(String outcome) {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    ProcessInstance delivery = fixtures.startDelivery(shipment);
    Instant at = clock.instant().minus(5, ChronoUnit.MINUTES);
    ResponseEntity<Map> reported = Api.as(rest, "walter").post("/api/shipments/" + shipment.getNumber() + "/events",
        "{\"type\": \"" + outcome + "\", \"occurredAt\": \"" + at + "\", \"description\": \"Carrier report\"}");
    assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // the claim is opened by an asynchronous step of the delivery process
    CarrierClaim claim = await().atMost(Duration.ofSeconds(30))
        .until(() -> claims.findByShipmentNumber(shipment.getNumber()).orElse(null), c -> c != null);
    await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(delivery.getId()).finished().count() == 1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(delivery.getId())
        .variableName("deliveryOutcome").singleResult().getValue()).isEqualTo(outcome);
    return get(claim.getNumber());
  }

  ClaimView get(String number) {
    ResponseEntity<ClaimView> response = rest.withBasicAuth("audrey", "demo").getForEntity("/api/claims/" + number, ClaimView.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  ProcessInstance claimProcess(ClaimView claim) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("carrier-claim")
        .processInstanceBusinessKey(claim.orderNumber()).variableValueEquals("claimNumber", claim.number()).singleResult();
  }

  void complete(ProcessInstance pi, String taskKey, String user, String group, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void submitEvidence(ProcessInstance pi, LocalDate deadline) {
    assertThat(runtimeService.getVariable(pi.getId(), "claimAmount")).isEqualTo(380.0);
    complete(pi, "Task_RecordClaimEvidence", "carol", "customer-service", Map.of(
        "evidence", "Photos: https://files.example/claim/1", "claimAmount", 350L,
        "claimDeadline", deadline.toString(), "carrierClaimReference", "DHL-9"));
  }

  @Test
  void lostShipmentOpensOneClaimThatTheCarrierPays() {
    ClaimView opened = reported("LOST");

    assertThat(opened.status()).isEqualTo(ClaimStatus.OPEN);
    assertThat(opened.reason()).isEqualTo(ClaimReason.LOST);
    assertThat(opened.goodsValue()).isEqualByComparingTo("380.00");
    assertThat(opened.claimAmount()).isEqualByComparingTo("380.00");
    assertThat(opened.claimDeadline()).isEqualTo(LocalDate.now(clock).plusDays(30));
    assertThat(opened.carrier()).isEqualTo("DHL");
    ProcessInstance pi = claimProcess(opened);
    assertThat(pi.getBusinessKey()).isEqualTo(opened.orderNumber());
    // opening again (a retried job, a second report) keeps the one claim and process
    assertThat(claimService.open(opened.shipmentNumber(), ClaimReason.LOST)).isEqualTo(opened.number());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("carrier-claim")
        .processInstanceBusinessKey(opened.orderNumber()).count()).isEqualTo(1);

    LocalDate deadline = LocalDate.now(clock).plusDays(10);
    submitEvidence(pi, deadline);
    ClaimView submitted = get(opened.number());
    assertThat(submitted.status()).isEqualTo(ClaimStatus.SUBMITTED);
    assertThat(submitted.claimAmount()).isEqualByComparingTo("350.00");
    assertThat(submitted.claimDeadline()).isEqualTo(deadline);
    assertThat(submitted.submittedBy()).isEqualTo("carol");
    assertThat(submitted.carrierReference()).isEqualTo("DHL-9");

    complete(pi, "Task_FollowUpClaim", "fiona", "finance", Map.of("carrierAnswer", "NO_ANSWER_YET", "followUpNote", "Called DHL"));
    assertThat(get(opened.number()).followUps()).isEqualTo(1);
    complete(pi, "Task_FollowUpClaim", "fiona", "finance", Map.of("carrierAnswer", "PAID", "amountReceived", 350.0));

    ClaimView paid = get(opened.number());
    assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
    assertThat(paid.amountReceived()).isEqualByComparingTo("350.00");
    assertThat(paid.settledBy()).isEqualTo("fiona");
    assertThat(paid.lastFollowUpNote()).isEqualTo("Called DHL");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void rejectedClaimOfADamagedShipmentIsWrittenOff() {
    ClaimView opened = reported("DAMAGED");
    assertThat(opened.reason()).isEqualTo(ClaimReason.DAMAGED);
    ProcessInstance pi = claimProcess(opened);
    submitEvidence(pi, LocalDate.now(clock).plusDays(10));

    complete(pi, "Task_FollowUpClaim", "carol", "customer-service",
        Map.of("carrierAnswer", "REJECTED", "rejectionReason", "Insufficient packaging"));
    assertThat(get(opened.number()).status()).isEqualTo(ClaimStatus.REJECTED);
    complete(pi, "Task_ReviewClaimLoss", "mike", "sales-managers", Map.of("lossNote", "Accepted; packaging improved"));

    ClaimView writtenOff = get(opened.number());
    assertThat(writtenOff.status()).isEqualTo(ClaimStatus.WRITTEN_OFF);
    assertThat(writtenOff.rejectionReason()).isEqualTo("Insufficient packaging");
    assertThat(writtenOff.closingNote()).isEqualTo("Accepted; packaging improved");
    assertThat(writtenOff.settledBy()).isEqualTo("mike");
  }

  @Test
  void claimWithoutAnswerExpiresAtItsDeadline() {
    ClaimView opened = reported("LOST");
    ProcessInstance pi = claimProcess(opened);
    submitEvidence(pi, LocalDate.now(clock).plusDays(10));

    var deadline = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_ClaimDeadlinePassed").singleResult();
    assertThat(deadline.getDuedate().toInstant())
        .isEqualTo(LocalDate.now(clock).plusDays(11).atStartOfDay(clock.getZone()).toInstant());
    var reminder = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_FollowUpReminder").singleResult();
    managementService.executeJob(reminder.getId());
    assertThat(get(opened.number()).reminders()).isEqualTo(1);
    managementService.executeJob(deadline.getId());

    assertThat(get(opened.number()).status()).isEqualTo(ClaimStatus.EXPIRED);
    complete(pi, "Task_ReviewClaimLoss", "mike", "sales-managers", Map.of("lossNote", "Too late to pursue"));
    assertThat(get(opened.number()).status()).isEqualTo(ClaimStatus.WRITTEN_OFF);
  }

  @Test
  void claimsAreListedPerOrderForStaffAndAuditors() {
    ClaimView opened = reported("LOST");

    ResponseEntity<List> listed = rest.withBasicAuth("fiona", "demo")
        .getForEntity("/api/claims?orderNumber=" + opened.orderNumber(), List.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody()).singleElement().satisfies(c -> assertThat((Map<String, Object>) c)
        .containsEntry("number", opened.number()).containsEntry("status", "OPEN"));
    assertThat(rest.withBasicAuth("audrey", "demo").getForEntity("/api/claims?orderNumber=SO-NONE", List.class).getBody())
        .isEmpty();

    assertThat(Api.as(rest, "sally").get("/api/claims/CL-NOPE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "sally").get("/api/claims/CL-NOPE").getBody()).containsEntry("status", 404);
    assertThat(Api.as(rest, "sally").get("/api/claims").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "sally").get("/api/claims?orderNumber=").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "paula").get("/api/claims/" + opened.number()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.anonymous(rest).get("/api/claims/" + opened.number()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void groupsWorkingDeliveriesAndClaimsMayReadThoseProcesses() {
    for (String key : List.of("delivery", "carrier-claim")) {
      for (String group : List.of("customer-service", "finance", "sales-managers", "auditors")) {
        assertThat(authorizationService.isUserAuthorized("nobody", List.of(group),
            ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, key)).as(group + " " + key).isTrue();
      }
    }
    assertThat(authorizationService.isUserAuthorized("nobody", List.of("warehouse"),
        ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "delivery")).isTrue();
    assertThat(authorizationService.isUserAuthorized("nobody", List.of("sales"),
        ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "carrier-claim")).isFalse();
  }
}
