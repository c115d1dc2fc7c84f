package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.EngineRest;
import org.ordertocash.shipment.StockFixtures;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10's bad inputs and their neighbours: each answers 400 naming the field and stores
 * nothing, and the largest order the API allows (100 lines) goes through review. Run on H2
 * ({@code BadInputTest}) and on PostgreSQL ({@code BadInputPostgresIT}): the same answers on both.
 */
public abstract class BadInputCases {

  @Autowired protected TestRestTemplate rest;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected TaskService tasks;
  @Autowired protected IdentityService identity;
  @Autowired protected ProcessEngine engine;

  private static final String ADDRESS = "{\"street\": \"%s\", \"city\": \"Shanghai\", \"postalCode\": \"200000\", \"country\": \"CN\"}";

  @Test
  void aNulCharacterInTheStreet() {
    assertRefused(order("C-1001", line("P-100", "1", null), inDays(20), ADDRESS.formatted("Nanjing Road\\u0000 1")),
        "deliveryAddress.street", "must not contain control characters (U+0000)");
  }

  @Test
  void otherControlCharactersInText() {
    assertRefused(order("C-1001", line("P-100", "1", null), inDays(20), ADDRESS.formatted("Bell\\u0007 Road")),
        "deliveryAddress.street", "U+0007");
    assertRefused(order("C-1001", line("P\\u001b-100", "1", null), inDays(20), null), "lines[0].sku", "U+001B");
  }

  @Test
  void deliveryDatesOutsideAnyBusinessRange() {
    assertRefused(order("C-1001", line("P-100", "1", null), "+999999999-12-31", null),
        "requestedDeliveryDate", "must be between 2000-01-01 and 2100-12-31");
    assertRefused(order("C-1001", line("P-100", "1", null), "9999-12-31", null),
        "requestedDeliveryDate", "must be between 2000-01-01 and 2100-12-31");
    assertRefused(order("C-1001", line("P-100", "1", null), LocalDate.now().plusYears(3).toString(), null),
        "requestedDeliveryDate", "must be within 2 years");
  }

  @Test
  void fractionalQuantitiesOfCountedGoods() {
    assertRefused(order("C-1001", line("P-100", "1.5", null), inDays(20), null),
        "lines[0].quantity", "must be a whole number");
  }

  @Test
  void pricesAndTotalsBeyondWhatIsStored() {
    assertRefused(order("C-1001", line("P-100", "1", "10000000000000.00"), inDays(20), null),
        "lines[0].unitPrice", "at most 12 digits");
    String huge = line("P-100", "100000", "999999999999.99");
    assertRefused(order("C-1001", huge + "," + huge, inDays(20), null), "lines", "the order total must not exceed");
  }

  @Test
  void aGoodsReceiptBeyondAnyDelivery() {
    String body = "{\"sku\": \"P-100\", \"warehouseCode\": \"WH-SH\", \"quantity\": 2147483647, \"reference\": \"GR-"
        + UUID.randomUUID() + "\"}";
    long onHand = onHand("P-100");
    ResponseEntity<Map> answer = Api.as(rest, "walter").post("/api/stock/receipts", body);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().toString()).contains("quantity", "must not exceed 1000000");
    assertThat(onHand("P-100")).isEqualTo(onHand);
  }

  @Test
  void aCancellationReasonWithAControlCharacter() {
    ResponseEntity<Map> answer = Api.as(rest, "sally").post("/api/orders/SO-NONE/cancel", "{\"reason\": \"oops\\u0000\"}");
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().toString()).contains("reason", "U+0000");
  }

  @Test
  void aHundredLineOrderGoesThroughReview() {
    String sku = new StockFixtures(jdbc).product(Map.of("WH-SH", 1000));
    String lines = String.join(",", java.util.Collections.nCopies(100, line(sku, "1", null)));
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1004", "[" + lines + "]");

    Task review = desk.awaitTask(number, "Task_ReviewOrder");
    String summary = (String) tasks.getVariable(review.getId(), "orderSummary");
    assertThat(summary.length()).isLessThan(4000);
    assertThat(summary).contains("另有 70 行", "合计：¥1,000.00");
    identity.setAuthentication("mike", List.of("sales-managers"));
    try {
      tasks.complete(review.getId(), Map.of("reviewDecision", "approve"));
    } finally {
      identity.clearAuthentication();
    }
    desk.awaitStatus(number, "CONFIRMED");
  }

  @Test
  void htmlInAnAddressReachesTheReviewFormAsText() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String body = order("C-1004", line(new StockFixtures(jdbc).product(Map.of("WH-SH", 10)), "1", null), inDays(20),
        ADDRESS.formatted("<img src=x onerror=alert(1)> **Road** [x](javascript:alert(1))"));
    ResponseEntity<Map> answer = Api.as(rest, "sally").post("/api/orders", body);
    assertThat(answer.getStatusCode().value()).isEqualTo(201);

    Task review = desk.awaitTask((String) answer.getBody().get("number"), "Task_ReviewOrder");
    String summary = (String) tasks.getVariable(review.getId(), "orderSummary");
    assertThat(summary).contains("&lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*Road\\*\\* \\[x\\]")
        .doesNotContain("<img").doesNotContain("**Road**");
  }

  @Test
  void aRevisedDeliveryDateInTheYear9999() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String sku = new StockFixtures(jdbc).product(Map.of("WH-SH", 10));
    String number = desk.enter("sally", "C-1004", "[" + line(sku, "1", null) + "]");
    Task review = desk.awaitTask(number, "Task_ReviewOrder");
    identity.setAuthentication("mike", List.of("sales-managers"));
    try {
      tasks.complete(review.getId(), Map.of("reviewDecision", "sendBack", "reviewComment", "Please check the date"));
    } finally {
      identity.clearAuthentication();
    }
    Task revise = desk.awaitTask(number, "Task_ReviseOrder");

    ResponseEntity<String> answer = EngineRest.as(rest, "sally", engine.getName())
        .complete(revise.getId(), Map.of("revisionDecision", "resubmit", "revisedDeliveryDate", "9999-12-31"));

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("日期必须在 2 年之内");
    assertThat(tasks.createTaskQuery().taskId(revise.getId()).count()).isOne();
  }

  private void assertRefused(String body, String field, String message) {
    String key = "bad-" + UUID.randomUUID();
    ResponseEntity<Map> answer = Api.as(rest, "sally").post("/api/orders", body, key);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
    assertThat((List<Map<String, Object>>) answer.getBody().get("errors")).as(String.valueOf(answer.getBody()))
        .anySatisfy(error -> {
          assertThat(error.get("field")).isEqualTo(field);
          assertThat((String) error.get("message")).contains(message);
        });
    assertThat(jdbc.sql("select count(*) from sales_order where idempotency_key = ?").param(key)
        .query(Long.class).single()).as("nothing stored").isZero();
  }

  private long onHand(String sku) {
    return jdbc.sql("select coalesce(sum(on_hand), 0) from stock_item where sku = ?").param(sku).query(Long.class).single();
  }

  private static String order(String customer, String lines, String date, String address) {
    return "{\"customerCode\": \"" + customer + "\", \"channel\": \"PHONE\", \"lines\": [" + lines + "],"
        + " \"requestedDeliveryDate\": \"" + date + "\"" + (address == null ? "" : ", \"deliveryAddress\": " + address) + "}";
  }

  private static String line(String sku, String quantity, String unitPrice) {
    return "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + (unitPrice == null ? "" : ", \"unitPrice\": " + unitPrice) + "}";
  }

  private static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }
}
