package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.OrderDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cash on delivery through the API: the carrier's DELIVERED event says what it collected; the
 * order's collection books that as a cash payment against the shipment's invoice, and a shortfall
 * becomes finance's task. The class owns its customer (CASH_ON_DELIVERY allowed) and a product
 * without stock (2 x 190.00 + 13 % VAT = 429.40), so the order's own shipment process waits and
 * the test ships by hand.
 */
@AppTest
class CashOnDeliveryFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  OrdersOnTerms orders;
  OrderDesk desk;

  @BeforeEach
  void setUp() {
    orders = new OrdersOnTerms(rest, jdbc, taskService, shipments, clock, "CASH_ON_DELIVERY,NET_30", "190.00", 0);
    desk = new OrderDesk(rest, taskService);
  }

  /** An order of the customer's on the given terms, shipped by hand; answers the shipment number. */
  String shippedOrder(String terms) {
    return orders.shipByHand(orders.entered(terms, 2, null), 2);
  }

  String orderOf(String shipment) {
    return shipments.findByNumber(shipment).orElseThrow().getOrderNumber();
  }

  ResponseEntity<Map> delivered(String shipment, String type, String cash) {
    return Api.as(rest, "walter").post("/api/shipments/" + shipment + "/events", """
        {"type": "%s", "occurredAt": "%s", "carrierEventId": "%s"%s}
        """.formatted(type, OffsetDateTime.now(clock).minusMinutes(5), UUID.randomUUID(),
        cash == null ? "" : ", " + cash));
  }

  /** The order's collection, started as order-to-cash starts it once the order is delivered. */
  void collect(String order) {
    runtimeService.startProcessInstanceByKey(CollectionProcess.KEY, order, Map.of("orderNumber", order));
  }

  Map<String, Object> invoiceOf(String order) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> Api.as(rest, "fiona").getList("/api/invoices?order=" + order),
        list -> list.size() == 1 && list.get(0).get("documentHref") != null).get(0);
  }

  @Test
  void cashCollectedInFullIsBookedAndTheOrderIsPaid() {
    String shipment = shippedOrder("CASH_ON_DELIVERY");
    assertThat(delivered(shipment, "DELIVERED", "\"collectedAmount\": 429.40, \"collectedCurrency\": \"CNY\"")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String order = orderOf(shipment);

    collect(order);

    desk.awaitStatus(order, "PAID");
    Map<String, Object> payment = Api.as(rest, "fiona").get("/api/payments/COD-" + shipment).getBody();
    assertThat(payment).containsEntry("method", "CASH").containsEntry("status", "ALLOCATED");
    assertThat(new BigDecimal(payment.get("amount").toString())).isEqualByComparingTo("429.40");
    assertThat(invoiceOf(order)).containsEntry("status", "PAID").containsEntry("paymentTerms", "CASH_ON_DELIVERY");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(order)
        .taskDefinitionKey("Task_SettleCodShortfall").count()).isZero();
  }

  @Test
  void aShortfallIsBookedAsFarAsItGoesAndGoesToFinance() {
    String shipment = shippedOrder("CASH_ON_DELIVERY");
    assertThat(delivered(shipment, "DELIVERED", "\"collectedAmount\": 400.00").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    String order = orderOf(shipment);

    collect(order);

    Task task = desk.awaitTask(order, "Task_SettleCodShortfall");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains("finance");
    assertThat((String) taskService.getVariable(task.getId(), "codSummary"))
        .contains("应收 ¥429.40", "承运商代收 ¥400.00", "差额：¥29.40");
    Map<String, Object> invoice = invoiceOf(order);
    assertThat(new BigDecimal(invoice.get("openAmount").toString())).isEqualByComparingTo("29.40");
    assertThat(Api.as(rest, "fiona").get("/api/payments/COD-" + shipment).getBody()).containsEntry("method", "CASH");
  }

  @Test
  void cashReportsThatCannotBeRightAreRefusedAndNothingIsStored() {
    String cod = shippedOrder("CASH_ON_DELIVERY");
    String net = shippedOrder("NET_30");

    assertRefused(delivered(cod, "IN_TRANSIT", "\"collectedAmount\": 10.00"), "Only a DELIVERED event");
    assertRefused(delivered(net, "DELIVERED", "\"collectedAmount\": 429.40"), "is not cash on delivery");
    assertRefused(delivered(cod, "DELIVERED", "\"collectedAmount\": -1.00"), "zero or more");
    assertRefused(delivered(cod, "DELIVERED", "\"collectedAmount\": 10.001"), "at most two decimals");
    assertRefused(delivered(cod, "DELIVERED", "\"collectedAmount\": 1e20"), "at most 17 digits");
    assertRefused(delivered(cod, "DELIVERED", "\"collectedAmount\": 10.00, \"collectedCurrency\": \"USD\""),
        "not USD");

    assertThat(Api.as(rest, "walter").getList("/api/shipments/" + cod + "/events")).isEmpty();
    assertThat(Api.as(rest, "walter").getList("/api/shipments/" + net + "/events")).isEmpty();
    assertThat(shipments.findByNumber(cod).orElseThrow().getCashCollected()).isNull();
  }

  private static void assertRefused(ResponseEntity<Map> answer, String message) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(answer.getBody())).contains(message).doesNotContain("Exception");
  }
}
