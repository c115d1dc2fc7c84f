package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
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
 * Orders of one test class on particular payment terms: its own customer, allowed those terms, and
 * one product of its own at 13 % VAT, with stock (the order's shipment process plans it) or without
 * (it waits at the shortage decision, and the test ships by hand with {@link #shipByHand}).
 */
final class OrdersOnTerms {

  private final TestRestTemplate rest;
  private final TaskService tasks;
  private final ShipmentRepository shipments;
  private final Clock clock;
  final String customer;
  final String sku;

  OrdersOnTerms(TestRestTemplate rest, JdbcClient jdbc, TaskService tasks, ShipmentRepository shipments, Clock clock,
      String allowedTerms, String listPrice, int stock) {
    this.rest = rest;
    this.tasks = tasks;
    this.shipments = shipments;
    this.clock = clock;
    this.customer = TestCustomers.established(jdbc);
    jdbc.sql("update customer set payment_terms = ? where code = ?").params(allowedTerms, customer).update();
    this.sku = "OT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql("insert into product (sku, name, unit, list_price, currency, vat_rate) values (?, ?, 'pc', ?, 'CNY', 0.1300)")
        .params(sku, "Test product " + sku, new BigDecimal(listPrice)).update();
    if (stock > 0) {
      jdbc.sql("insert into stock_item (sku, warehouse_code, on_hand, reserved) values (?, 'WH-SH', ?, 0)")
          .params(sku, stock).update();
    }
  }

  /** sally enters an order of {@code quantity} at list price on {@code terms}; {@code more} is JSON added to the body. */
  ResponseEntity<Map> enter(String terms, int quantity, String more) {
    return Api.as(rest, "sally").post("/api/orders", """
        {"customerCode": "%s", "channel": "PHONE", "requestedDeliveryDate": "%s", "paymentTerms": "%s",
         "lines": [{"sku": "%s", "quantity": %d}]%s}
        """.formatted(customer, LocalDate.now(clock).plusDays(21), terms, sku, quantity, more == null ? "" : ", " + more));
  }

  /** An order entered as {@link #enter} that must be accepted; answers its number. */
  String entered(String terms, int quantity, String more) {
    ResponseEntity<Map> created = enter(terms, quantity, more);
    assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("number");
  }

  /**
   * Ships the whole order by hand once its own processes have settled at a person's task (the
   * product has no stock); answers the shipment's number.
   */
  String shipByHand(String order, int quantity) {
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(order).count() > 0);
    Shipment shipment = new Shipment("SH-OT-" + UUID.randomUUID().toString().substring(0, 8), order,
        ShipmentKind.INITIAL, ShipmentStatus.TO_PLAN, null, List.of(new ShipmentLine(1, sku, quantity)), clock.instant());
    shipment.plan(LocalDate.now(clock), ShippingMethod.OWN_FLEET, null, null, 1, new BigDecimal("5"),
        LocalDate.now(clock).plusDays(1));
    shipment.ship(null, null, clock.instant());
    return shipments.save(shipment).getNumber();
  }
}
