package org.ordertocash.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@AppTest
class TrackingApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ShipmentRepository shipments;
  @Autowired TrackingEventRepository events;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired Clock clock;

  ShipmentFixtures fixtures;
  Api walter;

  @BeforeEach
  void setUp() {
    fixtures = new ShipmentFixtures(rest, shipments, runtimeService, clock);
    walter = Api.as(rest, "walter");
  }

  static String event(String type, Instant at, String carrierEventId) {
    return """
        {"type": "%s", "occurredAt": "%s", "location": "Shanghai hub", "description": "scan"%s}
        """.formatted(type, at, carrierEventId == null ? "" : ", \"carrierEventId\": \"" + carrierEventId + "\"");
  }

  Instant minutesAgo(int minutes) {
    return clock.instant().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
  }

  ResponseEntity<Map> post(Shipment shipment, String json) {
    return walter.post("/api/shipments/" + shipment.getNumber() + "/events", json);
  }

  ShipmentStatus status(Shipment shipment) {
    return shipments.findByNumber(shipment.getNumber()).orElseThrow().getStatus();
  }

  HistoricProcessInstance history(ProcessInstance pi) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
  }

  Object variable(ProcessInstance pi, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
        .singleResult().getValue();
  }

  @Test
  void eventsMoveTheShipmentOnAndDeliveredEndsItsDeliveryProcess() {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    ProcessInstance delivery = fixtures.startDelivery(shipment);
    assertThat(runtimeService.createExecutionQuery().processInstanceId(delivery.getId())
        .activityId("Task_AwaitOutcome").count()).isEqualTo(1);

    ResponseEntity<Map> pickedUp = post(shipment, event("PICKED_UP", minutesAgo(50), "E-1"));
    assertThat(pickedUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(pickedUp.getBody()).containsEntry("duplicate", false).containsEntry("shipmentStatus", "PICKED_UP");
    assertThat((Map<String, Object>) pickedUp.getBody().get("event"))
        .containsEntry("type", "PICKED_UP").containsEntry("applied", true).containsEntry("source", "CARRIER")
        .containsEntry("receivedBy", "walter").containsEntry("location", "Shanghai hub");
    post(shipment, event("IN_TRANSIT", minutesAgo(40), "E-2"));
    post(shipment, event("OUT_FOR_DELIVERY", minutesAgo(20), "E-3"));
    assertThat(status(shipment)).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
    assertThat(history(delivery).getEndTime()).isNull();

    Instant deliveredAt = minutesAgo(5);
    ResponseEntity<Map> delivered = post(shipment, event("DELIVERED", deliveredAt, "E-4"));

    assertThat(delivered.getBody()).containsEntry("shipmentStatus", "DELIVERED");
    Shipment after = shipments.findByNumber(shipment.getNumber()).orElseThrow();
    assertThat(after.getStatus()).isEqualTo(ShipmentStatus.DELIVERED);
    assertThat(after.getDeliveredAt()).isEqualTo(deliveredAt);
    assertThat(history(delivery).getEndTime()).isNotNull();
    assertThat(variable(delivery, "deliveryOutcome")).isEqualTo("DELIVERED");

    ResponseEntity<List> list = rest.withBasicAuth("audrey", "demo")
        .getForEntity("/api/shipments/" + shipment.getNumber() + "/events", List.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).extracting(e -> ((Map<?, ?>) e).get("type"))
        .containsExactly("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
  }

  @Test
  void duplicatesAnswer200AndChangeNothing() {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    Instant at = minutesAgo(30);
    assertThat(post(shipment, event("IN_TRANSIT", at, "D-1")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // the same carrier event id again (even with other data), and the same type and time without an id
    ResponseEntity<Map> sameId = post(shipment, event("DELAYED", minutesAgo(10), "D-1"));
    ResponseEntity<Map> sameTypeAndTime = post(shipment, event("IN_TRANSIT", at, null));

    for (ResponseEntity<Map> duplicate : List.of(sameId, sameTypeAndTime)) {
      assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(duplicate.getBody()).containsEntry("duplicate", true).containsEntry("shipmentStatus", "IN_TRANSIT");
      assertThat((Map<String, Object>) duplicate.getBody().get("event")).containsEntry("type", "IN_TRANSIT")
          .containsEntry("carrierEventId", "D-1");
    }
    assertThat(events.findByShipmentNumberOrderByOccurredAtAscIdAsc(shipment.getNumber())).hasSize(1);
    assertThat(status(shipment)).isEqualTo(ShipmentStatus.IN_TRANSIT);
  }

  @Test
  void theSameEventPostedConcurrentlyIsStoredOnce() throws Exception {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    String json = event("IN_TRANSIT", minutesAgo(3), "C-1");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<ResponseEntity<Map>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return post(shipment, json);
        }));
      }
      start.countDown();
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var answer : answers) {
        statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS).getStatusCode().value());
      }
      assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200);
    } finally {
      pool.shutdownNow();
    }
    assertThat(events.findByShipmentNumberOrderByOccurredAtAscIdAsc(shipment.getNumber())).hasSize(1);
  }

  @Test
  void olderEventsAreKeptInTheHistoryWithoutMovingTheStatusBack() {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    post(shipment, event("OUT_FOR_DELIVERY", minutesAgo(10), null));

    ResponseEntity<Map> late = post(shipment, event("PICKED_UP", minutesAgo(60), null));

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(late.getBody()).containsEntry("duplicate", false).containsEntry("shipmentStatus", "OUT_FOR_DELIVERY");
    assertThat((Map<String, Object>) late.getBody().get("event")).containsEntry("applied", false);
    assertThat(status(shipment)).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
    // an event at the same time as the latest applied one still applies
    post(shipment, event("DELAYED", minutesAgo(10), null));
    assertThat(status(shipment)).isEqualTo(ShipmentStatus.DELAYED);
    // the history is ordered by when things happened, not by arrival
    assertThat(events.findByShipmentNumberOrderByOccurredAtAscIdAsc(shipment.getNumber()))
        .extracting(TrackingEvent::getType)
        .containsExactly(TrackingEventType.PICKED_UP, TrackingEventType.OUT_FOR_DELIVERY, TrackingEventType.DELAYED);
  }

  @Test
  void finalEventAppliesEvenIfOlderButNothingMovesAFinalShipment() {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    ProcessInstance delivery = fixtures.startDelivery(shipment);
    post(shipment, event("OUT_FOR_DELIVERY", minutesAgo(10), null));

    // the carrier's DELIVERED scan arrives with a time before the last scan: it is final all the same
    post(shipment, event("DELIVERED", minutesAgo(15), null));
    assertThat(status(shipment)).isEqualTo(ShipmentStatus.DELIVERED);
    assertThat(variable(delivery, "deliveryOutcome")).isEqualTo("DELIVERED");

    ResponseEntity<Map> afterwards = post(shipment, event("IN_TRANSIT", minutesAgo(1), null));
    ResponseEntity<Map> lost = post(shipment, event("LOST", minutesAgo(1), null));

    assertThat(afterwards.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((Map<String, Object>) afterwards.getBody().get("event")).containsEntry("applied", false);
    assertThat((Map<String, Object>) lost.getBody().get("event")).containsEntry("applied", false);
    assertThat(lost.getBody()).containsEntry("shipmentStatus", "DELIVERED");
    assertThat(status(shipment)).isEqualTo(ShipmentStatus.DELIVERED);
    assertThat(variable(delivery, "deliveryOutcome")).isEqualTo("DELIVERED");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("carrier-claim")
        .processInstanceBusinessKey(shipment.getOrderNumber()).count()).isZero();
  }

  @Test
  void finalEventWithoutAWaitingProcessIsStoredAndTheProcessStartedLaterEndsAtOnce() {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    assertThat(post(shipment, event("DELIVERED", minutesAgo(5), null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ProcessInstance delivery = fixtures.startDelivery(shipment);

    assertThat(history(delivery).getEndTime()).isNotNull();
    assertThat(variable(delivery, "deliveryOutcome")).isEqualTo("DELIVERED");
  }

  @Test
  void customerConfirmationDeliversOnceAndCompletesTheDelivery() {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    ProcessInstance delivery = fixtures.startDelivery(shipment);
    String path = "/api/shipments/" + shipment.getNumber() + "/confirmation";

    ResponseEntity<Map> confirmed = Api.as(rest, "carol").post(path, "{\"note\": \"Customer called, all fine\"}");
    ResponseEntity<Map> again = Api.as(rest, "sally").post(path, "{}");

    assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(confirmed.getBody()).containsEntry("shipmentStatus", "DELIVERED");
    assertThat((Map<String, Object>) confirmed.getBody().get("event")).containsEntry("type", "DELIVERED")
        .containsEntry("source", "CUSTOMER").containsEntry("receivedBy", "carol")
        .containsEntry("description", "Receipt confirmed by the customer: Customer called, all fine");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("duplicate", true);
    assertThat(variable(delivery, "deliveryOutcome")).isEqualTo("DELIVERED");
    assertThat(history(delivery).getEndTime()).isNotNull();
  }

  @Test
  void lateShipmentTellsTheCustomerAndCustomerServiceAgreesANewDate() {
    String order = fixtures.order();
    Shipment shipment = fixtures.shipped(order, LocalDate.now(clock).minusDays(1));
    ProcessInstance delivery = fixtures.startDelivery(shipment);

    // the promised day is over: the job executor fires the timer
    Task late = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceId(delivery.getId()).taskDefinitionKey("Task_HandleLateDelivery").singleResult(), t -> t != null);
    assertThat(taskService.getIdentityLinksForTask(late.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("customer-service"));
    assertThat(messageTypes(order)).contains("DELIVERY_LATE");
    assertThat((String) runtimeService.getVariable(delivery.getId(), "trackingHistory")).isEqualTo("_尚无物流信息。_");

    LocalDate newDate = LocalDate.now(clock).plusDays(2);
    identityService.setAuthentication("carol", List.of("customer-service"));
    try {
      taskService.complete(late.getId(), Map.of("carrierContacted", true, "newExpectedDate", newDate.toString(),
          "lateDeliveryNote", "Stuck at customs"));
    } finally {
      identityService.clearAuthentication();
    }

    // recording the handling is a save point: it runs in a job after carol's completion, for her
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(messageTypes(order)).containsOnlyOnce("DELIVERY_LATE").contains("DELIVERY_NEW_DATE"));
    assertThat(runtimeService.createExecutionQuery().processInstanceId(delivery.getId())
        .activityId("Event_NewExpectedDatePassed").count()).isEqualTo(1);
    assertThat(events.findByShipmentNumberOrderByOccurredAtAscIdAsc(shipment.getNumber())).singleElement()
        .satisfies(e -> {
          assertThat(e.getType()).isEqualTo(TrackingEventType.DELAYED);
          assertThat(e.getSource()).isEqualTo(TrackingSource.STAFF);
          assertThat(e.getReceivedBy()).isEqualTo("carol");
          assertThat(e.getDescription()).isEqualTo("Late delivery handled by customer service; carrier contacted; new expected date "
              + newDate + ": Stuck at customs");
        });
    assertThat(status(shipment)).isEqualTo(ShipmentStatus.DELAYED);

    post(shipment, event("DELIVERED", minutesAgo(1), null));
    assertThat(history(delivery).getEndTime()).isNotNull();
  }

  List<Object> messageTypes(String order) {
    return rest.withBasicAuth("sally", "demo").getForObject("/api/orders/" + order + "/messages", List.class)
        .stream().map(m -> ((Map<?, ?>) m).get("type")).map(Object.class::cast).toList();
  }

  @Test
  void invalidEventsAre400UnknownShipments404UnshippedOnes409() {
    String order = fixtures.order();
    Shipment shipment = fixtures.shipped(order, LocalDate.now(clock).plusDays(3));
    Shipment planned = fixtures.planned(order, LocalDate.now(clock).plusDays(3));

    assertStatus(post(shipment, "{\"type\": \"TELEPORTED\", \"occurredAt\": \"" + minutesAgo(1) + "\"}"), 400, "type");
    assertStatus(post(shipment, "{\"type\": \"IN_TRANSIT\"}"), 400, "occurredAt");
    assertStatus(post(shipment, "{\"occurredAt\": \"" + minutesAgo(1) + "\"}"), 400, "type");
    assertStatus(post(shipment, "{\"type\": \"IN_TRANSIT\", \"occurredAt\": \"yesterday\"}"), 400, "occurredAt");
    assertStatus(post(shipment, event("IN_TRANSIT", clock.instant().plus(1, ChronoUnit.HOURS), null)), 400, null);
    assertStatus(post(shipment, "{\"type\": \"IN_TRANSIT\", \"occurredAt\": \"" + minutesAgo(1)
        + "\", \"location\": \"" + "x".repeat(201) + "\"}"), 400, "location");
    assertStatus(post(shipment, "{\"type\": \"IN_TRANSIT\", "), 400, null);
    // offsets other than Z are fine; a clock a little ahead is tolerated
    assertThat(post(shipment, "{\"type\": \"IN_TRANSIT\", \"occurredAt\": \""
        + minutesAgo(30).atOffset(java.time.ZoneOffset.ofHours(8)) + "\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(post(shipment, event("DELAYED", clock.instant().plusSeconds(60), null)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    assertStatus(walter.post("/api/shipments/SH-NOPE/events", event("IN_TRANSIT", minutesAgo(1), null)), 404, null);
    assertStatus(post(planned, event("IN_TRANSIT", minutesAgo(1), null)), 409, null);
    assertStatus(Api.as(rest, "carol").post("/api/shipments/SH-NOPE/confirmation", "{}"), 404, null);
    assertStatus(Api.as(rest, "carol").post("/api/shipments/" + planned.getNumber() + "/confirmation", "{}"), 409, null);
    assertStatus(Api.as(rest, "carol").post("/api/shipments/" + shipment.getNumber() + "/confirmation",
        "{\"receivedAt\": \"soon\"}"), 400, "receivedAt");
    assertStatus(Api.as(rest, "walter").get("/api/shipments/SH-NOPE/events"), 404, null);
    assertThat(events.findByShipmentNumberOrderByOccurredAtAscIdAsc(planned.getNumber())).isEmpty();
  }

  @Test
  void onlyWarehouseAndCustomerServiceReportEventsAndStaffAndAuditorsRead() {
    Shipment shipment = fixtures.shipped(fixtures.order(), LocalDate.now(clock).plusDays(3));
    String events = "/api/shipments/" + shipment.getNumber() + "/events";
    String confirmation = "/api/shipments/" + shipment.getNumber() + "/confirmation";

    for (String user : List.of("sally", "mike", "fiona", "audrey", "paula")) {
      assertStatus(Api.as(rest, user).post(events, event("IN_TRANSIT", minutesAgo(1), null)), 403, null);
    }
    for (String user : List.of("walter", "fiona", "audrey", "paula")) {
      assertStatus(Api.as(rest, user).post(confirmation, "{}"), 403, null);
    }
    assertThat(Api.anonymous(rest).post(events, event("IN_TRANSIT", minutesAgo(1), null)).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(rest, "carol").post(events, event("IN_TRANSIT", minutesAgo(2), null)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(Api.as(rest, "admin").post(events, event("IN_TRANSIT", minutesAgo(1), null)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    for (String user : List.of("sally", "walter", "larry", "audrey")) {
      assertThat(Api.as(rest, user).getText(events).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    }
    assertStatus(Api.as(rest, "paula").get(events), 403, null);
  }

  static void assertStatus(ResponseEntity<Map> response, int status, String field) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat(response.getBody()).containsEntry("status", status).containsKey("message");
    if (field != null) {
      assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
          .anySatisfy(error -> assertThat(error).containsEntry("field", field));
    }
  }
}
