package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.EngineRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements issued to a customer and the customer's answer: confirmed once, or disputed with a
 * reason, which becomes finance's task; its resolution is kept on the statement.
 */
@AppTest
class StatementResponseTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;

  BillingFixtures billing;
  String statements;
  String period;

  @BeforeEach
  void invoiced() {
    billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
    billing.invoicedOrder();
    statements = "/api/customers/" + billing.customer + "/statements";
    LocalDate today = LocalDate.now(clock);
    period = "{\"from\": \"%s\", \"to\": \"%s\"}".formatted(today.minusDays(30), today);
  }

  private long issued() {
    ResponseEntity<Map> issued = Api.as(rest, "fiona").post(statements, period);
    assertThat(issued.getStatusCode()).as(String.valueOf(issued.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) issued.getBody().get("id")).longValue();
  }

  private ResponseEntity<Map> respond(String user, long id, String json) {
    return Api.as(rest, user).post(statements + "/" + id + "/response", json);
  }

  @Test
  void aStatementIsIssuedOncePerPeriodAndConfirmedOnce() {
    long id = issued();

    ResponseEntity<Map> again = Api.as(rest, "fiona").post(statements, period);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) again.getBody().get("id")).longValue()).isEqualTo(id);
    assertThat(again.getBody()).containsEntry("closingBalance", 462.1).containsEntry("issuedBy", "fiona");
    assertThat(Api.as(rest, "sally").post(statements, period).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> confirmed = respond("carol", id, "{\"response\": \"CONFIRMED\"}");
    assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(confirmed.getBody()).containsEntry("response", "CONFIRMED").containsEntry("respondedBy", "carol");
    assertThat(respond("carol", id, "{\"response\": \"DISPUTED\", \"note\": \"changed my mind\"}").getStatusCode())
        .as("answered once").isEqualTo(HttpStatus.CONFLICT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("STATEMENT-" + id).count()).isZero();
  }

  @Test
  void badAnswersAreRefusedAndChangeNothing() {
    long id = issued();

    assertThat(respond("carol", id, "{\"response\": \"MAYBE\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(respond("carol", id, "{\"response\": \"DISPUTED\", \"note\": \"  \"}").getStatusCode())
        .as("a dispute says why").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(respond("audrey", id, "{\"response\": \"CONFIRMED\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(respond("carol", id + 100000, "{\"response\": \"CONFIRMED\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "fiona").post(statements, "{\"from\": \"2026-12-01\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "audrey").get(statements + "/" + id).getBody()).containsEntry("response", null);
  }

  @Test
  void aDisputeBecomesFinancesTaskAndItsResolutionIsKept() {
    long id = issued();

    ResponseEntity<Map> disputed = respond("sally", id, "{\"response\": \"DISPUTED\", \"note\": \"we paid 200 on the 3rd\"}");
    assertThat(disputed.getStatusCode()).isEqualTo(HttpStatus.OK);
    EngineRest fiona = EngineRest.as(rest, "fiona", engine.getName());
    String task = fiona.awaitTask("STATEMENT-" + id, StatementDisputeProcess.RESOLVE);
    assertThat(fiona.variables(task)).containsEntry("customerNote", "we paid 200 on the 3rd")
        .hasEntrySatisfying("statementText", text -> assertThat((String) text).contains(billing.customer, "462.10"));
    assertThat(fiona.complete(task, Map.of("statementResolution", "EXPLAINED")).getStatusCode())
        .as("a resolution needs a note").isEqualTo(HttpStatus.BAD_REQUEST);
    fiona.completeTask("STATEMENT-" + id, StatementDisputeProcess.RESOLVE, Map.of("statementResolution", "EXPLAINED",
        "statementResolutionNote", "no payment arrived; bank reference asked for"));

    assertThat(Api.as(rest, "audrey").get(statements + "/" + id).getBody()).containsEntry("response", "DISPUTED")
        .containsEntry("resolution", "EXPLAINED").containsEntry("resolvedBy", "fiona")
        .containsEntry("resolutionNote", "no payment arrived; bank reference asked for");
  }
}
