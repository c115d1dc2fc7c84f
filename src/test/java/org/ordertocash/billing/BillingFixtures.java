package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
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
 * Invoiced orders of a customer and products the test class owns: 2 x 190.00 at 13 % VAT and
 * 3 x 10.00 at 9 % (gross 462.10), shipped in full and invoiced by the order's collection. The
 * products have no stock, so the order's own shipment process waits at the shortage decision and
 * leaves the order alone.
 */
public final class BillingFixtures {

  private final TestRestTemplate rest;
  private final JdbcClient jdbc;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ShipmentRepository shipments;
  private final Clock clock;
  public final String customer;
  /** The shipment of the order {@link #invoicedOrder} made last. */
  public String lastShipment;
  private final String standardRated;
  private final String reducedRated;

  public BillingFixtures(TestRestTemplate rest, JdbcClient jdbc, RuntimeService runtimeService, TaskService taskService,
      ShipmentRepository shipments, Clock clock) {
    this.rest = rest;
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.shipments = shipments;
    this.clock = clock;
    this.customer = TestCustomers.established(jdbc);
    this.standardRated = product("0.1300", "190.00");
    this.reducedRated = product("0.0900", "10.00");
  }

  private String product(String vatRate, String price) {
    String sku = "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql("insert into product (sku, name, unit, list_price, currency, vat_rate) values (?, ?, 'pc', ?, 'CNY', ?)")
        .params(sku, "Billing test product " + sku, new BigDecimal(price), new BigDecimal(vatRate)).update();
    return sku;
  }

  /** A new order, shipped in full; its collection has sent the invoice. Answers the order number. */
  public String invoicedOrder() {
    return invoicedOrder(standardRated, reducedRated, null);
  }

  /**
   * A new order of 2 x {@code first} at 190.00 (line 1) and 3 x {@code second} at 10.00 (line 2),
   * shipped in full (and delivered at {@code deliveredAt} unless null); its collection has sent
   * the invoice. Answers the order number; {@link #lastShipment} is its shipment.
   */
  public String invoicedOrder(String first, String second, Instant deliveredAt) {
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", """
        {"customerCode": "%s", "channel": "PHONE", "requestedDeliveryDate": "%s",
         "lines": [{"sku": "%s", "quantity": 2, "unitPrice": 190.00}, {"sku": "%s", "quantity": 3, "unitPrice": 10.00}]}
        """.formatted(customer, LocalDate.now(clock).plusDays(21), first, second));
    assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
    String order = (String) created.getBody().get("number");
    // the order's own process settles at a person's task before the shipment is written
    await().atMost(Duration.ofSeconds(30))
        .until(() -> taskService.createTaskQuery().processInstanceBusinessKey(order).count() > 0);
    Shipment shipment = new Shipment("SH-B-" + UUID.randomUUID().toString().substring(0, 8), order,
        ShipmentKind.INITIAL, ShipmentStatus.TO_PLAN, null,
        List.of(new ShipmentLine(1, first, 2), new ShipmentLine(2, second, 3)), clock.instant());
    shipment.plan(LocalDate.now(clock), ShippingMethod.OWN_FLEET, null, null, 1, new BigDecimal("5"),
        LocalDate.now(clock).plusDays(1));
    shipment.ship(null, null, deliveredAt == null ? clock.instant() : deliveredAt.minus(Duration.ofDays(1)));
    if (deliveredAt != null) {
      shipment.track(ShipmentStatus.DELIVERED, deliveredAt);
    }
    shipments.save(shipment);
    lastShipment = shipment.getNumber();
    runtimeService.startProcessInstanceByKey(CollectionProcess.KEY, order, Map.of("orderNumber", order));
    await().atMost(Duration.ofSeconds(30)).until(() -> invoices(order).size() == 1
        && invoices(order).get(0).get("documentHref") != null);
    return order;
  }

  public List<Map<String, Object>> invoices(String order) {
    return Api.as(rest, "fiona").getList("/api/invoices?order=" + order);
  }

  public String invoiceOf(String order) {
    return (String) invoices(order).get(0).get("number");
  }

  /** Finance records the order's invoice's fapiao through the API (a fresh 8-digit number); its task goes away. */
  public void recordFapiao(String order) {
    String number = String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));
    ResponseEntity<Map> recorded = Api.as(rest, "fiona").post("/api/invoices/" + invoiceOf(order) + "/fapiao",
        "{\"code\": \"3100231130\", \"number\": \"" + number + "\"}");
    assertThat(recorded.getStatusCode()).as(recorded.toString()).isEqualTo(HttpStatus.OK);
  }

  /** Books a payment of the customer's as fiona; {@code invoices} is the JSON inside the array, e.g. "\"INV-...\"". */
  public ResponseEntity<Map> pay(String reference, String amount, String invoices) {
    return Api.as(rest, "fiona").post("/api/payments", """
        {"payer": "%s", "amount": %s, "currency": "CNY", "valueDate": "%s", "bankReference": "%s",
         "method": "BANK_TRANSFER", "invoices": [%s]}
        """.formatted(customer, amount, LocalDate.now(clock), reference, invoices));
  }
}
