package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@AppTest
class OrderApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;

  private static final String FUTURE = LocalDate.now().plusDays(21).toString();

  static String order(String customer, String linesJson, String extra) {
    return """
        {"customerCode": "%s", "channel": "PHONE", "lines": %s,
         "requestedDeliveryDate": "%s"%s}
        """.formatted(customer, linesJson, FUTURE, extra == null ? "" : ", " + extra);
  }

  static String simpleOrder(String customer) {
    return order(customer, "[{\"sku\": \"P-100\", \"quantity\": 2}]", null);
  }

  @Test
  void createsAnOrderWithDefaultsAndAnswers201WithLocation() {
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders",
        order("C-1001", "[{\"sku\": \"P-100\", \"quantity\": 2, \"unitPrice\": 190.00}, {\"sku\": \"P-200\", \"quantity\": 1}]", null));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("number");
    assertThat(number).matches("SO-\\d{4}-\\d{6}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/orders/" + number);
    assertThat(created.getBody()).containsEntry("paymentTerms", "NET_30").containsEntry("enteredBy", "sally");
    assertThat(((Number) created.getBody().get("totalAmount")).doubleValue()).isEqualTo(2 * 190.00 + 1299.00);
    assertThat((Map<String, Object>) created.getBody().get("deliveryAddress")).containsEntry("city", "Shanghai");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("order-to-cash").count()).isEqualTo(1);

    Map<String, Object> order = Api.as(rest, "audrey").get("/api/orders/" + number).getBody();
    assertThat((List<?>) order.get("lines")).hasSize(2);
    assertThat((List<Map<String, Object>>) order.get("statusHistory")).first()
        .satisfies(change -> assertThat(change).containsEntry("status", "RECEIVED").containsEntry("changedBy", "sally"));
    assertThat(order).containsKey("process");
  }

  @Test
  void autoApprovedOrderIsConfirmedAndTheCustomerIsMailed() {
    String number = (String) Api.as(rest, "sally").post("/api/orders", simpleOrder("C-1001")).getBody().get("number");

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat((List<Map<String, Object>>) Api.as(rest, "sally").get("/api/orders/" + number).getBody().get("statusHistory"))
            .extracting(change -> change.get("status")).contains("CONFIRMED"));

    ResponseEntity<List> messages = rest.withBasicAuth("sally", "demo")
        .getForEntity("/api/orders/" + number + "/messages", List.class);
    assertThat(messages.getBody()).singleElement().satisfies(message ->
        assertThat((Map<String, Object>) message).containsEntry("type", "ORDER_CONFIRMED")
            .containsEntry("recipient", "li.wei@c-1001.example"));
    Map<String, Object> process = (Map<String, Object>) Api.as(rest, "sally").get("/api/orders/" + number).getBody().get("process");
    assertThat(process).as("the confirmed order is in shipment now").containsEntry("running", true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      unknown customer    | {"customerCode":"C-9999","channel":"WEB","lines":[{"sku":"P-100","quantity":1}],"requestedDeliveryDate":"2099-01-01"}                   | customerCode
      blocked customer    | {"customerCode":"C-1006","channel":"WEB","lines":[{"sku":"P-100","quantity":1}],"requestedDeliveryDate":"2099-01-01"}                   | customerCode
      unknown SKU         | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":1},{"sku":"NOPE","quantity":1}],"requestedDeliveryDate":"2099-01-01"} | lines[1].sku
      zero quantity       | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":0}],"requestedDeliveryDate":"2099-01-01"}                   | lines[0].quantity
      negative quantity   | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":-3}],"requestedDeliveryDate":"2099-01-01"}                  | lines[0].quantity
      absurd quantity     | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":100000000}],"requestedDeliveryDate":"2099-01-01"}           | lines[0].quantity
      negative price      | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":1,"unitPrice":-1}],"requestedDeliveryDate":"2099-01-01"}    | lines[0].unitPrice
      empty lines         | {"customerCode":"C-1001","channel":"WEB","lines":[],"requestedDeliveryDate":"2099-01-01"}                                              | lines
      missing lines       | {"customerCode":"C-1001","channel":"WEB","requestedDeliveryDate":"2099-01-01"}                                                          | lines
      date in the past    | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":1}],"requestedDeliveryDate":"2020-01-01"}                   | requestedDeliveryDate
      unknown channel     | {"customerCode":"C-1001","channel":"PIGEON","lines":[{"sku":"P-100","quantity":1}],"requestedDeliveryDate":"2099-01-01"}                | channel
      bad date            | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":1}],"requestedDeliveryDate":"tomorrow"}                     | requestedDeliveryDate
      incomplete address  | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":1}],"requestedDeliveryDate":"2099-01-01","deliveryAddress":{"street":"1 Road","city":"","postalCode":"1","country":"CN"}} | deliveryAddress.city
      unknown terms       | {"customerCode":"C-1001","channel":"WEB","lines":[{"sku":"P-100","quantity":1}],"requestedDeliveryDate":"2099-01-01","paymentTerms":"NEVER"} | paymentTerms
      """)
  void refusesBadInputWith400AndStoresNothing(String problem, String body, String field) {
    String request = body.replace("C-1001", TestCustomers.established(jdbc));
    String customer = request.replaceAll("(?s).*\"customerCode\":\"([^\"]*)\".*", "$1");
    long ordersBefore = ordersOf(customer);
    Date before = new Date(System.currentTimeMillis() - 1);

    ResponseEntity<Map> response = Api.as(rest, "sally").post("/api/orders", request, "bad-" + UUID.randomUUID());

    assertThat(response.getStatusCode()).as(problem).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) response.getBody().get("errors"))
        .extracting(error -> error.get("field")).as(problem).contains(field);
    assertThat(ordersOf(customer)).isEqualTo(ordersBefore);
    // only order intake starts order-to-cash, and no other test enters orders meanwhile
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("order-to-cash")
        .startedAfter(before).count()).isZero();
  }

  @Test
  void tooManyLinesAreRefused() {
    String lines = "[" + "{\"sku\":\"P-100\",\"quantity\":1},".repeat(OrderRequest.MAX_LINES) + "{\"sku\":\"P-100\",\"quantity\":1}]";

    ResponseEntity<Map> response = Api.as(rest, "sally").post("/api/orders", order("C-1001", lines, null));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().toString()).contains("lines");
  }

  @Test
  void malformedJsonGets400WithoutStackTrace() {
    ResponseEntity<Map> response = Api.as(rest, "sally").post("/api/orders", "{\"customerCode\": \"C-1001\", ");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").toString()).startsWith("Malformed JSON");
    assertThat(response.getBody().toString()).doesNotContain("at org.", "Exception");
  }

  @Test
  void oversizedBodyGets400() {
    String padding = "x".repeat(70_000);
    ResponseEntity<Map> response = Api.as(rest, "sally").post("/api/orders",
        order("C-1001", "[{\"sku\": \"P-100\", \"quantity\": 1}]", "\"note\": \"" + padding + "\""));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").toString()).contains("too large");
  }

  @Test
  void sameIdempotencyKeyReturnsTheSameOrderAndStartsOneProcess() {
    String key = "key-" + UUID.randomUUID();
    ResponseEntity<Map> first = Api.as(rest, "sally").post("/api/orders", simpleOrder("C-1002"), key);
    ResponseEntity<Map> second = Api.as(rest, "sally").post("/api/orders", simpleOrder("C-1002"), key);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.getBody().get("number")).isEqualTo(first.getBody().get("number"));
    assertThat(processCount((String) first.getBody().get("number"))).isEqualTo(1);
  }

  @Test
  void reusingAKeyForAnotherOrderIsAConflict() {
    String key = "key-" + UUID.randomUUID();
    Api.as(rest, "sally").post("/api/orders", simpleOrder("C-1002"), key);

    ResponseEntity<Map> other = Api.as(rest, "sally").post("/api/orders", simpleOrder("C-1003"), key);

    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void concurrentRequestsWithOneKeyCreateOneOrder() throws Exception {
    String key = "race-" + UUID.randomUUID();
    int parallel = 6;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      Callable<ResponseEntity<Map>> call = () -> {
        start.await();
        return Api.as(rest, "sally").post("/api/orders", simpleOrder("C-1001"), key);
      };
      answers.add(pool.submit(call));
    }
    start.countDown();
    List<ResponseEntity<Map>> responses = new ArrayList<>();
    for (Future<ResponseEntity<Map>> answer : answers) {
      responses.add(answer.get());
    }
    pool.shutdown();

    assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED));
    Set<Object> numbers = responses.stream().map(r -> r.getBody().get("number")).collect(Collectors.toSet());
    assertThat(numbers).hasSize(1);
    assertThat(jdbc.sql("select count(*) from sales_order where idempotency_key = ?").param(key)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(processCount((String) numbers.iterator().next())).isEqualTo(1);
  }

  @Test
  void cancellingEndsTheProcessAndRecordsWhoAndWhy() {
    // A new customer's order waits in manager review.
    String number = (String) Api.as(rest, "sally").post("/api/orders", simpleOrder("C-1004")).getBody().get("number");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat((List<?>) ((Map<String, Object>) Api.as(rest, "sally").get("/api/orders/" + number)
            .getBody().get("process")).get("openTasks")).isNotEmpty());

    ResponseEntity<Map> cancelled = Api.as(rest, "sally").post("/api/orders/" + number + "/cancel",
        "{\"reason\": \"Customer changed their mind\"}");

    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
    assertThat((List<Map<String, Object>>) cancelled.getBody().get("statusHistory")).last()
        .satisfies(change -> assertThat(change).containsEntry("changedBy", "sally")
            .containsEntry("reason", "Customer changed their mind"));
    // the process ends once its last step, crediting the order's invoices (none here), has run in its own job
    await().atMost(Duration.ofSeconds(30))
        .until(() -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count() == 0);
    assertThat(rest.withBasicAuth("sally", "demo").getForObject("/api/orders/" + number + "/messages", List.class))
        .extracting(m -> ((Map<String, Object>) m).get("type")).containsExactly("ORDER_CANCELLED");

    ResponseEntity<Map> again = Api.as(rest, "sally").post("/api/orders/" + number + "/cancel",
        "{\"reason\": \"Customer changed their mind\"}");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("sally", "demo").getForObject("/api/orders/" + number + "/messages", List.class)).hasSize(1);
  }

  @Test
  void cancellingNeedsAReason() {
    String number = (String) Api.as(rest, "sally").post("/api/orders", simpleOrder("C-1004")).getBody().get("number");

    ResponseEntity<Map> response = Api.as(rest, "sally").post("/api/orders/" + number + "/cancel", "{\"reason\": \"  \"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().toString()).contains("reason");
  }

  @Test
  void unknownOrderIs404() {
    assertThat(Api.as(rest, "sally").get("/api/orders/SO-0000-000000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() {
    assertThat(Api.as(rest, "sally").get("/api/nothing-here").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "sally").post("/api/orders/SO-1", "{}").getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
  }

  @Test
  void customersAndProductsAreListed() {
    ResponseEntity<List> customers = rest.withBasicAuth("sally", "demo").getForEntity("/api/customers", List.class);
    ResponseEntity<List> products = rest.withBasicAuth("sally", "demo").getForEntity("/api/products", List.class);

    assertThat(customers.getBody()).extracting(c -> ((Map<String, Object>) c).get("code")).contains("C-1001", "C-1006");
    assertThat(products.getBody()).extracting(p -> ((Map<String, Object>) p).get("sku")).contains("P-100", "P-400");
    assertThat(Api.as(rest, "sally").get("/api/customers/C-1003").getBody()).containsEntry("valueClass", "C");
    assertThat(Api.as(rest, "sally").get("/api/customers/C-0000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyOrderStaffMayEnterOrders() {
    assertThat(Api.anonymous(rest).post("/api/orders", simpleOrder("C-1001")).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(rest, "walter").post("/api/orders", simpleOrder("C-1001")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "audrey").post("/api/orders", simpleOrder("C-1001")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "paula").get("/api/customers").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private long ordersOf(String customer) {
    return jdbc.sql("select count(*) from sales_order where customer_code = :c").param("c", customer)
        .query(Long.class).single();
  }

  /** order-to-cash instances ever started for the order, running or ended. */
  private long processCount(String number) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("order-to-cash").count();
  }
}
