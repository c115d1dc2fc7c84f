package org.ordertocash.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** GET /api/shipments/{number} and /api/shipments?orderNumber=: content, 404s, 400s and who may read. */
@AppTest
class ShipmentApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired StockReservationService reservations;
  @Autowired ShipmentService shipments;
  @Autowired AuthorizationService authorizations;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void shipmentWithLinesReservationsAndStatusAndTheOrdersShipments() {
    StockFixtures fixtures = new StockFixtures(jdbc);
    String sku = fixtures.product(Map.of("WH-SH", 2));
    String order = fixtures.order(sku, 3);
    List<String> numbers = new TransactionTemplate(transactions).execute(s -> {
      reservations.reserveOrder(order);
      return shipments.createShipments(order, true);
    });

    ResponseEntity<Map> initial = Api.as(rest, "audrey").get("/api/shipments/" + numbers.get(0));

    assertThat(initial.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(initial.getBody()).containsEntry("number", numbers.get(0)).containsEntry("orderNumber", order)
        .containsEntry("kind", "INITIAL").containsEntry("status", "TO_PLAN").containsEntry("warehouseCode", "WH-SH")
        .containsEntry("deliveryNote", null).containsEntry("method", null);
    assertThat((List<Map<String, Object>>) initial.getBody().get("lines"))
        .containsExactly(Map.of("lineNo", 1, "sku", sku, "quantity", 2));
    assertThat((List<Map<String, Object>>) initial.getBody().get("reservations"))
        .containsExactly(Map.of("lineNo", 1, "sku", sku, "warehouseCode", "WH-SH", "quantity", 2, "status", "RESERVED"));

    ResponseEntity<List> ofOrder = rest.exchange("/api/shipments?orderNumber=" + order,
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(StockApiTest.headers("carol")),
        List.class);
    assertThat(ofOrder.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) ofOrder.getBody()).extracting(s -> s.get("kind") + ":" + s.get("status"))
        .containsExactly("INITIAL:TO_PLAN", "BACKORDER:AWAITING_STOCK");
    // the order view lists them too
    assertThat((List<Map<String, Object>>) Api.as(rest, "audrey").get("/api/orders/" + order).getBody().get("shipments"))
        .extracting(s -> s.get("number")).containsExactlyElementsOf(numbers);
  }

  @Test
  void unknownShipmentsAndOrdersAreNotFoundAndTheOrderIsRequired() {
    Api walter = Api.as(rest, "walter");
    assertThat(walter.get("/api/shipments/SH-1999-000001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(walter.get("/api/shipments/SH-1999-000001").getBody()).containsEntry("message", "No shipment SH-1999-000001");
    assertThat(walter.get("/api/shipments?orderNumber=SO-1999-000001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> noOrder = walter.get("/api/shipments");
    assertThat(noOrder.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noOrder.getBody()).containsKey("message").doesNotContainKey("trace");
  }

  @Test
  void staffAndAuditorsReadOthersDoNot() {
    assertThat(Api.as(rest, "paula").get("/api/shipments/SH-1999-000001").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.anonymous(rest).get("/api/shipments/SH-1999-000001").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(rest, "larry").get("/api/shipments/SH-1999-000001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void warehouseAndCustomerServiceFollowShippingProcessesInTheEngine() {
    for (String key : List.of("shipment", "delivery", "carrier-claim")) {
      assertThat(authorizations.isUserAuthorized("walter", List.of("warehouse"),
          ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, key)).as(key).isTrue();
      assertThat(authorizations.isUserAuthorized("carol", List.of("customer-service"),
          ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, key)).as(key).isTrue();
    }
    assertThat(authorizations.isUserAuthorized("sally", List.of("sales"),
        ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "shipment")).isFalse();
  }
}
