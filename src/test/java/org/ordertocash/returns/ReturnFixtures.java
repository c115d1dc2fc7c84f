package org.ordertocash.returns;


import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ordertocash.billing.BillingFixtures;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders of one test class whose goods reached the customer: products of their own (furniture,
 * 10 on hand in WH-SH), an order of 2 chairs (line 1, 190.00 each) and 3 cushions (line 2, 10.00),
 * delivered {@code daysAgo} days ago and invoiced by the collection process ({@link BillingFixtures}).
 */
public final class ReturnFixtures {

  private final TestRestTemplate rest;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final BillingFixtures billing;
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
    this.clock = clock;
    this.billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
    this.customer = billing.customer;
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
    String order = billing.invoicedOrder(chair, cushion, clock.instant().minus(Duration.ofDays(daysAgo)));
    lastShipment = billing.lastShipment;
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
