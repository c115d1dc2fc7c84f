package org.ordertocash.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.claim.CarrierClaimService;
import org.ordertocash.claim.ClaimReason;
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
 * POST /api/returns and the return process with the real beans: what can be returned (delivered,
 * not yet returned, also when two requests race), bad input, and the paths through RMA,
 * inspection, stock, credit notes and goods sent for a return.
 */
@AppTest
@SuppressWarnings("unchecked")
class ReturnApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;
  @Autowired ProcessEngine processEngine;
  @Autowired CarrierClaimService claims;

  ReturnFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ReturnFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
  }

  long returnsOf(String order) {
    return jdbc.sql("select count(*) from return_request where order_number = ?").param(order).query(Long.class).single();
  }

  Map<String, Object> awaitReturn(String number, String status) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> Api.as(rest, "audrey").get("/api/returns/" + number).getBody(),
        r -> status.equals(r.get("status")));
  }

  @Test
  void moreThanWasDeliveredIsRefusedAndNothingStored() {
    String order = fixtures.deliveredOrder(3);

    ResponseEntity<Map> refused = fixtures.requestReturn(order, "DEFECTIVE", "REFUND", 1, 3);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("Line 1").contains("has 2 delivered and not yet returned");
    assertThat(returnsOf(order)).isZero();
  }

  @Test
  void whatIsInAReturnAlreadyCannotBeReturnedAgain() {
    String order = fixtures.deliveredOrder(3);
    assertThat(fixtures.requestReturn(order, "DEFECTIVE", "REFUND", 1, 2).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<Map> again = fixtures.requestReturn(order, "DEFECTIVE", "REFUND", 1, 1);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody().toString()).contains("has 0 delivered and not yet returned");
    assertThat(returnsOf(order)).isOne();
  }

  @Test
  void twoRequestsRacingForTheSameUnitsOpenOneReturn() {
    String order = fixtures.deliveredOrder(3);
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<ResponseEntity<Map>>> requests = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      requests.add(CompletableFuture.supplyAsync(() -> {
        try {
          together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return fixtures.requestReturn(order, "DEFECTIVE", "REFUND", 1, 2);
      }));
    }

    assertThat(requests).extracting(r -> r.join().getStatusCode())
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.BAD_REQUEST);
    assertThat(returnsOf(order)).isOne();
  }

  @Test
  void theSameRequestKeyAnswersTheReturnItOpened() {
    String order = fixtures.deliveredOrder(3);
    String json = "{\"orderNumber\": \"" + order + "\", \"reason\": \"DEFECTIVE\", \"wish\": \"REFUND\","
        + " \"lines\": [{\"lineNo\": 2, \"quantity\": 1}]}";
    String key = UUID.randomUUID().toString();

    ResponseEntity<Map> first = fixtures.requestReturn(json, key);
    ResponseEntity<Map> second = fixtures.requestReturn(json, key);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(second.getBody().get("number")).isEqualTo(first.getBody().get("number"));
    assertThat(returnsOf(order)).isOne();
  }

  @Test
  void badRequestsGet400WithAClearSentenceAndStoreNothing() {
    String order = fixtures.deliveredOrder(3);
    Map<String, String> refusals = Map.of(
        "{\"orderNumber\": \"" + order + "\", \"reason\": \"BROKEN\", \"wish\": \"REFUND\", \"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}",
        "reason must be one of",
        "{\"orderNumber\": \"" + order + "\", \"reason\": \"DEFECTIVE\", \"wish\": \"EXCHANGE\", \"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}",
        "needs the exchangeSku",
        "{\"orderNumber\": \"SO-NOPE\", \"reason\": \"DEFECTIVE\", \"wish\": \"REFUND\", \"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}",
        "There is no order SO-NOPE",
        "{\"orderNumber\": \"" + order + "\", \"reason\": \"DEFECTIVE\", \"wish\": \"REFUND\", \"lines\": [{\"lineNo\": 9, \"quantity\": 1}]}",
        "has no line 9",
        "{\"orderNumber\": \"" + order + "\", \"reason\": \"DEFECTIVE\", \"wish\": \"REFUND\", \"lines\": [{\"lineNo\": 1, \"quantity\": 0}]}",
        "a quantity of at least 1",
        "{\"orderNumber\": \"" + order + "\", \"reason\": \"DEFECTIVE\", \"wish\": \"REFUND\", \"lines\": []}",
        "Name at least one order line");
    refusals.forEach((json, sentence) -> {
      ResponseEntity<Map> refused = fixtures.requestReturn(json, UUID.randomUUID().toString());
      assertThat(refused.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().toString()).as(json).contains(sentence).doesNotContain("Exception");
    });
    ResponseEntity<Map> noKey = fixtures.requestReturn("{\"orderNumber\": \"" + order + "\"}", null);
    assertThat(noKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noKey.getBody().toString()).contains("Idempotency-Key");
    assertThat(Api.as(rest, "sally").post("/api/returns", "{}", "k-" + UUID.randomUUID()).getStatusCode())
        .as("only customer service requests returns").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(returnsOf(order)).isZero();
  }

  @Test
  void aReturnOutsideTheWindowIsRejectedAndTheCustomerToldWhy() {
    String order = fixtures.deliveredOrder(45);

    String number = (String) fixtures.requestReturn(order, "WRONG_ITEM", "REFUND", 1, 1).getBody().get("number");

    Map<String, Object> rejected = awaitReturn(number, "REJECTED");
    assertThat(rejected).containsEntry("eligibility", "REJECT").containsEntry("daysSinceDelivery", 45)
        .containsEntry("returnWindowDays", 30);
    assertThat(new Auditor(rest).messages(order)).anySatisfy(m -> assertThat(m).containsEntry("type", "RETURN_REJECTED")
        .satisfies(mail -> assertThat((String) mail.get("body")).contains("The return window for this product has passed")));
  }

  @Test
  void restockedDefectiveGoodsAreCreditedAndTheReturnCloses() {
    String order = fixtures.deliveredOrder(5);
    int before = fixtures.onHand(fixtures.chair);

    ResponseEntity<Map> created = fixtures.requestReturn(order, "DEFECTIVE", "REFUND", 1, 1);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("number");
    assertThat(created.getBody()).containsEntry("eligibility", "APPROVE").containsEntry("category", "FURNITURE");
    String rma = (String) awaitReturn(number, "APPROVED").get("rmaNumber");
    assertThat(rma).startsWith("RMA-");

    EngineRest.as(rest, "walter", processEngine.getName()).completeTask(order, "Task_InspectGoods",
        Map.of("goodsCondition", "DEFECTIVE", "disposition", "RESTOCK", "inspectionNotes", "hinge broken"));

    Map<String, Object> closed = awaitReturn(number, "CLOSED");
    assertThat(closed).containsEntry("inspectedBy", "walter").containsEntry("disposition", "RESTOCK");
    assertThat((List<String>) closed.get("creditNotes")).singleElement().asString().startsWith("CN-");
    assertThat(closed.get("refundReference")).as("nothing was paid, nothing to refund").isNull();
    assertThat(fixtures.onHand(fixtures.chair)).isEqualTo(before + 1);
    assertThat(new Auditor(rest).messages(order)).extracting(m -> m.get("type"))
        .contains("RETURN_APPROVED", "CREDIT_NOTE", "RETURN_CLOSED", "SURVEY");
    assertThat((List<Map<String, Object>>) new Auditor(rest).order(order).get("records"))
        .anySatisfy(r -> assertThat(r).containsEntry("kind", "RETURN").containsEntry("number", number)
            .containsEntry("status", "CLOSED"));
  }

  @Test
  void goodsDamagedInTransitNameTheShipmentsCarrierClaim() {
    String order = fixtures.deliveredOrder(2);
    String claim = claims.open(fixtures.lastShipment, ClaimReason.DAMAGED);

    ResponseEntity<Map> created = fixtures.requestReturn(order, "DAMAGED_IN_TRANSIT", "REPLACEMENT", 2, 3);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("claimNumber", claim).containsEntry("eligibility", "APPROVE");
  }

  @Test
  void anExchangeForADearerProductShipsItAndInvoicesTheDifference() {
    String order = fixtures.deliveredOrder(5);
    String json = "{\"orderNumber\": \"" + order + "\", \"reason\": \"WRONG_ITEM\", \"wish\": \"EXCHANGE\","
        + " \"lines\": [{\"lineNo\": 1, \"quantity\": 1, \"exchangeSku\": \"" + fixtures.desk + "\"}]}";
    String number = (String) fixtures.requestReturn(json, UUID.randomUUID().toString()).getBody().get("number");
    awaitReturn(number, "APPROVED");

    EngineRest.as(rest, "walter", processEngine.getName()).completeTask(order, "Task_InspectGoods",
        Map.of("goodsCondition", "AS_NEW", "disposition", "RESTOCK"));

    Map<String, Object> closed = awaitReturn(number, "CLOSED");
    String shipment = (String) closed.get("shipmentNumber");
    assertThat((List<Map<String, Object>>) new Auditor(rest).order(order).get("shipments"))
        .anySatisfy(s -> assertThat(s).containsEntry("number", shipment).containsEntry("kind", "AFTER_SALES"));
    Map<String, Object> difference = Api.as(rest, "fiona").get("/api/invoices/" + closed.get("differenceDocument")).getBody();
    assertThat(new BigDecimal(difference.get("netAmount").toString())).isEqualByComparingTo("60.00");
    assertThat(difference).containsEntry("shipmentNumber", shipment);
    // the exchanged product leaves through the shipment process: the warehouse plans it
    EngineRest.as(rest, "walter", processEngine.getName()).awaitTask(order, "Task_PlanShipment");
  }
}
