package org.ordertocash.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/stock, /api/stock/{sku} and POST /api/stock/receipts: who, what, and every bad input. */
@AppTest
class StockApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  StockFixtures fixtures;
  String sku;

  @BeforeEach
  void setUp() {
    fixtures = new StockFixtures(jdbc);
    sku = fixtures.product(Map.of("WH-SH", 7, "WH-GZ", 2));
  }

  String receipt(String sku, String warehouse, Object quantity, String reference) {
    return "{\"sku\": \"%s\", \"warehouseCode\": \"%s\", \"quantity\": %s, \"reference\": \"%s\"}"
        .formatted(sku, warehouse, quantity, reference);
  }

  @Test
  void stockPerWarehouseWithReservedAndAvailable() {
    jdbc.sql("update stock_item set reserved = 3 where sku = :s and warehouse_code = 'WH-SH'").param("s", sku).update();

    ResponseEntity<Map> stock = Api.as(rest, "audrey").get("/api/stock/" + sku);

    assertThat(stock.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(stock.getBody()).containsEntry("sku", sku).containsEntry("onHand", 9).containsEntry("reserved", 3)
        .containsEntry("available", 6);
    assertThat((List<Map<String, Object>>) stock.getBody().get("warehouses")).containsExactly(
        Map.of("sku", sku, "warehouseCode", "WH-GZ", "onHand", 2, "reserved", 0, "available", 2),
        Map.of("sku", sku, "warehouseCode", "WH-SH", "onHand", 7, "reserved", 3, "available", 4));
    ResponseEntity<List> all = rest.exchange("/api/stock", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers("walter")), List.class);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) all.getBody()).filteredOn(level -> sku.equals(level.get("sku"))).hasSize(2);
  }

  @Test
  void unknownProductIsNotFoundAndOnlyStaffAndAuditorsRead() {
    assertThat(Api.as(rest, "walter").get("/api/stock/NO-SUCH").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "walter").get("/api/stock/NO-SUCH").getBody()).containsEntry("message", "No product NO-SUCH");
    assertThat(Api.as(rest, "paula").get("/api/stock/" + sku).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.anonymous(rest).get("/api/stock").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void receiptIsBookedOnceForItsReference() {
    String body = receipt(sku, "WH-GZ", 5, "GR-" + sku);

    ResponseEntity<Map> first = Api.as(rest, "walter").post("/api/stock/receipts", body);
    ResponseEntity<Map> again = Api.as(rest, "walter").post("/api/stock/receipts", body);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody()).containsEntry("reference", "GR-" + sku).containsEntry("quantity", 5)
        .containsEntry("receivedBy", "walter").containsEntry("woken", List.of());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(fixtures.onHand(sku, "WH-GZ")).isEqualTo(7);

    ResponseEntity<Map> different = Api.as(rest, "walter").post("/api/stock/receipts", receipt(sku, "WH-GZ", 6, "GR-" + sku));
    assertThat(different.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) different.getBody().get("message")).contains("GR-" + sku, "booked already");
    assertThat(fixtures.onHand(sku, "WH-GZ")).isEqualTo(7);
  }

  @Test
  void theSameReceiptSentTwiceAtOnceIsBookedOnce() throws Exception {
    String body = receipt(sku, "WH-SH", 4, "GR-RACE-" + sku);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      Callable<HttpStatusCode> post = () -> {
        go.await();
        return Api.as(rest, "walter").post("/api/stock/receipts", body).getStatusCode();
      };
      Future<HttpStatusCode> a = threads.submit(post);
      Future<HttpStatusCode> b = threads.submit(post);
      go.countDown();
      assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)))
          .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.OK);
    } finally {
      threads.shutdownNow();
    }
    assertThat(fixtures.onHand(sku, "WH-SH")).isEqualTo(11);
  }

  @Test
  void aWarehouseThatNeverHeldTheProductGetsItsStockItem() {
    String only = fixtures.product(Map.of("WH-SH", 1));
    assertThat(Api.as(rest, "admin").post("/api/stock/receipts", receipt(only, "WH-GZ", 3, "GR-NEW-" + only))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(fixtures.onHand(only, "WH-GZ")).isEqualTo(3);
  }

  @Test
  void invalidReceiptsAreRefusedAndBookNothing() {
    Api walter = Api.as(rest, "walter");
    assertBadRequest(walter.post("/api/stock/receipts", receipt(sku, "WH-SH", 0, "GR-A")), "quantity");
    assertBadRequest(walter.post("/api/stock/receipts", receipt(sku, "WH-SH", -2, "GR-A")), "quantity");
    assertBadRequest(walter.post("/api/stock/receipts", receipt(sku, "WH-SH", "\"many\"", "GR-A")), "quantity");
    assertBadRequest(walter.post("/api/stock/receipts", receipt("", "WH-SH", 1, "GR-A")), "sku");
    assertBadRequest(walter.post("/api/stock/receipts", receipt(sku, "WH-SH", 1, " ")), "reference");
    assertBadRequest(walter.post("/api/stock/receipts", "{\"sku\": \"" + sku + "\", \"warehouseCode\": \"WH-SH\", \"reference\": \"GR-A\"}"),
        "quantity");
    ResponseEntity<Map> unknownSku = walter.post("/api/stock/receipts", receipt("NO-SUCH", "WH-SH", 1, "GR-B"));
    assertThat(unknownSku.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownSku.getBody()).containsEntry("message", "unknown product NO-SUCH");
    assertThat(unknownSku.getBody().get("errors").toString()).contains("field=sku");
    ResponseEntity<Map> unknownWarehouse = walter.post("/api/stock/receipts", receipt(sku, "WH-XX", 1, "GR-C"));
    assertThat(unknownWarehouse.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownWarehouse.getBody()).containsEntry("message", "unknown warehouse WH-XX");
    assertThat(unknownWarehouse.getBody().get("errors").toString()).contains("field=warehouseCode");
    assertThat(walter.post("/api/stock/receipts", "{\"sku\": ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(fixtures.onHand(sku, "WH-SH")).isEqualTo(7);
    assertThat(jdbc.sql("select count(*) from stock_receipt where reference in ('GR-A', 'GR-B', 'GR-C')")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void onlyTheWarehouseAndAdministratorsBookReceipts() {
    String body = receipt(sku, "WH-SH", 1, "GR-WHO-" + sku);
    assertThat(Api.as(rest, "sally").post("/api/stock/receipts", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "audrey").post("/api/stock/receipts", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.anonymous(rest).post("/api/stock/receipts", body).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fixtures.onHand(sku, "WH-SH")).isEqualTo(7);
  }

  static void assertBadRequest(ResponseEntity<Map> response, String field) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
        .anySatisfy(error -> assertThat(error).containsEntry("field", field));
  }

  static org.springframework.http.HttpHeaders headers(String user) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return headers;
  }
}
