package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ordertocash.support.Api;
import org.ordertocash.support.Auditor;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.LocalPostgres;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An order nobody pays, on the real local PostgreSQL, driven only through /api and /engine-rest:
 * intake, shipment and delivery, the invoice, then every dunning level (letters, collector calls,
 * the credit block) until finance and a sales manager write it off and the order ends
 * WRITTEN_OFF. The weeks pass on the application's clock (a test clock moved forward); the
 * engine's timers are brought forward by an operator (admin) through the engine's job API.
 */
@ExtendWith(LocalPostgres.PerTestClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=1000"})
@ActiveProfiles({"postgres", "dev"})
@DirtiesContext
@SuppressWarnings({"unchecked", "rawtypes"})
class DunningPostgresIT {

  static final Duration PATIENCE = Duration.ofSeconds(60);

  /** The application's "today", moved forward by the test. */
  static final class TravellingClock extends Clock {
    private volatile Duration ahead = Duration.ZERO;

    void travelTo(LocalDate day) {
      ahead = Duration.between(LocalDate.now(ZoneId.systemDefault()).atStartOfDay(), day.atStartOfDay());
    }

    @Override public ZoneId getZone() { return ZoneId.systemDefault(); }
    @Override public Clock withZone(ZoneId zone) { throw new UnsupportedOperationException(); }
    @Override public Instant instant() { return Instant.now().plus(ahead); }
  }

  @TestConfiguration
  static class Travel {
    @Bean
    @Primary
    TravellingClock travellingClock() {
      return new TravellingClock();
    }
  }

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired TravellingClock clock;

  final String run = UUID.randomUUID().toString().substring(0, 8);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    LocalPostgres.datasourceFor(registry);
  }

  @Test
  void anUnpaidInvoiceGoesThroughEveryLevelAndIsWrittenOff() {
    // ---- intake to delivery: a small order within policy, approved by itself
    String customer = TestCustomers.established(jdbc);
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", """
        {"customerCode": "%s", "channel": "EMAIL", "lines": [{"sku": "P-100", "quantity": 2}],
         "requestedDeliveryDate": "%s"}""".formatted(customer, LocalDate.now().plusDays(10)), "e2e-dunning-" + run);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String order = (String) created.getBody().get("number");
    EngineRest walter = EngineRest.as(rest, "walter");
    String plan = walter.awaitTask(order, "Task_PlanShipment");
    String shipment = (String) walter.variables(plan).get("shipmentNumber");
    Map<String, Object> planned = new HashMap<>(Map.of("plannedShipDate", LocalDate.now().toString(),
        "shippingMethod", "OWN_FLEET", "packages", 1L, "weightKg", 12.0));
    planned.put("carrier", null);
    planned.put("carrierService", null);
    assertThat(walter.complete(plan, planned).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    walter.completeTask(order, "Task_PickPackShip", Map.of("picked", true, "packed", true, "labelled", true,
        "trackingNumber", "OWN-" + run));
    await().atMost(PATIENCE).until(() -> Api.as(rest, "audrey").get("/api/shipments/" + shipment).getBody(),
        s -> "SHIPPED".equals(s.get("status")));
    assertThat(Api.as(rest, "walter").post("/api/shipments/" + shipment + "/events", """
        {"type": "DELIVERED", "occurredAt": "%s", "location": "Shanghai", "description": "signed", "carrierEventId": "D-%s"}
        """.formatted(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS), run)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Map<String, Object> invoice = await().atMost(PATIENCE).until(
        () -> Api.as(rest, "fiona").getList("/api/invoices?order=" + order),
        list -> list.size() == 1 && list.get(0).get("documentHref") != null).get(0);
    String invoiceNumber = (String) invoice.get("number");
    LocalDate due = LocalDate.parse((String) invoice.get("dueDate"));
    assertThat(audrey().order(order)).containsEntry("status", "INVOICED");

    // ---- nobody pays: each level in turn (the customer is class A: the collector calls from the first)
    EngineRest fiona = EngineRest.as(rest, "fiona");
    reviewOn(order, due.plusDays(5));
    assertThat(levels(invoiceNumber)).containsExactly(1);
    completeCall(fiona, order);
    reviewOn(order, due.plusDays(20));
    assertThat(levels(invoiceNumber)).containsExactly(1, 2);
    completeCall(fiona, order);
    reviewOn(order, due.plusDays(40));
    assertThat(levels(invoiceNumber)).containsExactly(1, 2, 3);
    assertThat(Api.as(rest, "sally").getList("/api/customers/" + customer + "/credit-block"))
        .singleElement().satisfies(b -> assertThat(b).containsEntry("active", true));
    completeCall(fiona, order);
    reviewOn(order, due.plusDays(70));
    assertThat(levels(invoiceNumber)).containsExactly(1, 2, 3, 4);
    assertThat(audrey().messages(order)).filteredOn(m -> "DUNNING_LETTER".equals(m.get("type"))).hasSize(4)
        .allSatisfy(m -> assertThat((Map<String, Object>) m.get("attachment")).containsEntry("kind", "DUNNING_LETTER"));

    // ---- the fapiao was issued in the tax system; finance records it through the API, which withdraws its task
    String fapiao = "2631" + String.format("%016d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(),
        10_000_000_000_000_000L));
    assertThat(Api.as(rest, "fiona").post("/api/invoices/" + invoiceNumber + "/fapiao",
        "{\"number\": \"" + fapiao + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fiona.openTaskId(order, "Task_RecordFapiao")).as("its task is withdrawn").isNull();

    // ---- written off by finance, confirmed by a sales manager
    fiona.completeTask(order, "Task_ApproveWriteOff", Map.of("writeOffDecision", "WRITE_OFF",
        "writeOffReason", "customer insolvent"));
    EngineRest mike = EngineRest.as(rest, "mike");
    String confirm = mike.awaitTask(order, "Task_ConfirmWriteOff");
    assertThat(fiona.openTaskId(order, "Task_ConfirmWriteOff")).as("finance does not confirm its own write-off").isNull();
    assertThat(mike.complete(confirm, Map.of("writeOffConfirmation", "WRITE_OFF")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> done = await().atMost(PATIENCE).until(() -> audrey().order(order), o -> "WRITTEN_OFF".equals(o.get("status")));
    assertThat((List<Map<String, Object>>) done.get("statusHistory")).extracting(c -> c.get("status"))
        .containsSubsequence("CONFIRMED", "SHIPPING", "DELIVERED", "INVOICED", "WRITTEN_OFF");
    assertThat(Api.as(rest, "fiona").get("/api/invoices/" + invoiceNumber).getBody())
        .containsEntry("status", "WRITTEN_OFF").containsEntry("openAmount", 0.0);
    List<Map<String, Object>> instances = await().atMost(PATIENCE).until(() -> audrey().processHistory(order),
        list -> !list.isEmpty() && list.stream().allMatch(pi -> pi.get("endTime") != null));
    assertThat(instances).extracting(pi -> pi.get("processDefinitionKey"))
        .contains("order-to-cash", "collection", "dunning");
    assertThat(Api.as(rest, "sally").getList("/api/customers/" + customer + "/credit-block"))
        .as("the customer stays blocked until finance lifts it")
        .singleElement().satisfies(b -> assertThat(b).containsEntry("active", true));
  }

  // ------------------------------------------------------------------ helpers

  /** The application's today becomes {@code day}; an operator brings the dunning's waiting timer forward. */
  private void reviewOn(String order, LocalDate day) {
    clock.travelTo(day);
    String dunning = (String) engine("/process-instance?processDefinitionKey=dunning&businessKey=" + order).get(0).get("id");
    String timer = (String) engine("/job?processInstanceId=" + dunning + "&timers=true").get(0).get("id");
    HttpHeaders headers = Api.basic("admin");
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> moved = rest.exchange("/engine-rest/job/{id}/duedate", HttpMethod.PUT,
        new HttpEntity<>("{\"duedate\": \"" + java.time.OffsetDateTime.now().minusSeconds(1)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")) + "\"}", headers),
        String.class, timer);
    assertThat(moved.getStatusCode()).as(moved.toString()).isEqualTo(HttpStatus.NO_CONTENT);
    await().atMost(PATIENCE).until(() -> engine("/job?processInstanceId=" + dunning + "&executable=true").isEmpty());
  }

  private void completeCall(EngineRest fiona, String order) {
    fiona.completeTask(order, "Task_CallCustomer", Map.of("callOutcome", "NO_PROMISE", "callNote", "voicemail"));
  }

  private List<Object> levels(String invoice) {
    return ((List<Map<String, Object>>) Api.as(rest, "fiona").get("/api/dunning/" + invoice).getBody().get("letters"))
        .stream().map(l -> l.get("level")).toList();
  }

  private List<Map<String, Object>> engine(String path) {
    return rest.exchange("/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(Api.basic("admin")), List.class).getBody();
  }

  private Auditor audrey() {
    return new Auditor(rest);
  }
}
