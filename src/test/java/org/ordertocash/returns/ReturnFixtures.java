package org.ordertocash.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ordertocash.billing.CollectionProcess;
import org.ordertocash.shipment.Shipment;
import org.ordertocash.shipment.ShipmentKind;
import org.ordertocash.shipment.ShipmentLine;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.shipment.ShipmentStatus;
import org.ordertocash.shipment.ShippingMethod;
import org.ordertocash.support.Api;
import org.ordertocash.support.TestCustomers;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders of one test class whose goods reached the customer: a product of their own (with stock in
 * WH-SH), an order of 2 units (line 1, 190.00 each) and 3 units of a cheaper product (line 2,
 * 10.00), shipped and delivered {@code daysAgo} days ago and invoiced by the collection process.
 */
public final class ReturnFixtures {

  private final TestRestTemplate rest;
  private final JdbcClient jdbc;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ShipmentRepository shipments;
  private final Clock clock;
  public final String customer;
  public final String chair;
  public final String cushion;
  public final String desk;
  /** The shipment of the order {@link #deliveredOrder} made last. */
  public String lastShipment;

  public ReturnFixtures(TestRestTemplate rest, JdbcClient jdbc, RuntimeService runtimeService, TaskService taskService,
      ShipmentRepository shipments, Clock clock) {
    this.rest = rest;
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.shipments = shipments;
    this.clock = clock;
    this.customer = TestCustomers.established(jdbc);
    this.chair = product("190.00");
    this.cushion = product("10.00");
    this.desk = product("250.00");
  }

  private String product(String price) {
    String sku = "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql("insert into product (sku, name, unit, list_price, currency, category) values (?, ?, 'pc', ?, 'CNY', 'FURNITURE')")
        .params(sku, "Return test product " + sku, new BigDecimal(price)).update();
    jdbc.sql("insert into stock_item (sku, warehouse_code, on_hand, reserved) values (?, 'WH-SH', 10, 0)").param(sku).update();
    return sku;
  }

  public int onHand(String sku) {
    return jdbc.sql("select on_hand from stock_item where sku = ? and warehouse_code = 'WH-SH'").param(sku)
        .query(Integer.class).single();
  }

  /** A new order delivered {@code daysAgo} days ago and invoiced; answers the order number. */
  public String deliveredOrder(int daysAgo) {
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", """
        {"customerCode": "%s", "channel": "PHONE", "requestedDeliveryDate": "%s",
         "lines": [{"sku": "%s", "quantity": 2, "unitPrice": 190.00}, {"sku": "%s", "quantity": 3, "unitPrice": 10.00}]}
        """.formatted(customer, LocalDate.now(clock).plusDays(21), chair, cushion));
    assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
    String order = (String) created.getBody().get("number");
    await().atMost(Duration.ofSeconds(30))
        .until(() -> taskService.createTaskQuery().processInstanceBusinessKey(order).count() > 0);
    Shipment shipment = new Shipment("SH-R-" + UUID.randomUUID().toString().substring(0, 8), order,
        ShipmentKind.INITIAL, ShipmentStatus.TO_PLAN, null,
        List.of(new ShipmentLine(1, chair, 2), new ShipmentLine(2, cushion, 3)), clock.instant());
    shipment.plan(LocalDate.now(clock), ShippingMethod.OWN_FLEET, null, null, 1, new BigDecimal("5"),
        LocalDate.now(clock).plusDays(1));
    shipment.ship(null, null, clock.instant().minus(Duration.ofDays(daysAgo + 1L)));
    shipment.track(ShipmentStatus.DELIVERED, clock.instant().minus(Duration.ofDays(daysAgo)));
    shipments.save(shipment);
    lastShipment = shipment.getNumber();
    runtimeService.startProcessInstanceByKey(CollectionProcess.KEY, order, Map.of("orderNumber", order));
    await().atMost(Duration.ofSeconds(30)).until(() -> Api.as(rest, "fiona").getList("/api/invoices?order=" + order)
        .stream().anyMatch(i -> i.get("documentHref") != null));
    return order;
  }

  public ResponseEntity<Map> requestReturn(String json, String key) {
    return Api.as(rest, "carol").post("/api/returns", json, key);
  }

  public ResponseEntity<Map> requestReturn(String order, String reason, String wish, int line, int quantity) {
    return requestReturn("""
        {"orderNumber": "%s", "reason": "%s", "wish": "%s", "lines": [{"lineNo": %d, "quantity": %d}]}
        """.formatted(order, reason, wish, line, quantity), UUID.randomUUID().toString());
  }
}
