package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bill register: a held bill pays nothing yet; discounted, endorsed or paid at maturity it
 * settles its invoices; dishonoured it re-opens them and collection starts again. The invoice is
 * 462.10 (see {@link BillingFixtures}).
 */
@AppTest
@SuppressWarnings("unchecked")
class BillRegisterTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;

  BillingFixtures billing;
  String order;
  String invoice;
  String bill;

  @BeforeEach
  void invoiced() {
    billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
    order = billing.invoicedOrder();
    invoice = billing.invoiceOf(order);
    bill = "BAB-" + UUID.randomUUID().toString().substring(0, 12);
  }

  private String billJson(String number, String amount, LocalDate issued, LocalDate maturity, String invoices) {
    return """
        {"number": "%s", "drawer": "%s", "acceptorBank": "Bank of Shanghai, Pudong branch", "amount": %s,
         "currency": "CNY", "issueDate": "%s", "maturityDate": "%s", "invoices": [%s]}"""
        .formatted(number, billing.customer, amount, issued, maturity, invoices);
  }

  private ResponseEntity<Map> received() {
    LocalDate today = LocalDate.now(clock);
    return Api.as(rest, "fiona").post("/api/bills", billJson(bill, "462.10", today, today.plusMonths(6), "\"" + invoice + "\""));
  }

  private ResponseEntity<Map> step(String path, String json) {
    return Api.as(rest, "fiona").post("/api/bills/" + bill + "/" + path, json);
  }

  private Map<String, Object> invoiceNow() {
    return Api.as(rest, "fiona").get("/api/invoices/" + invoice).getBody();
  }

  @Test
  void aHeldBillPaysNothingYetADiscountedOneSettlesTheInvoice() {
    ResponseEntity<Map> held = received();
    assertThat(held.getStatusCode()).as(String.valueOf(held.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(held.getBody()).containsEntry("status", "HELD").containsEntry("settles", false);
    assertThat(invoiceNow()).containsEntry("openAmount", 462.1);

    ResponseEntity<Map> discounted = step("discount", "{\"bank\": \"ICBC\", \"charge\": 4.35}");

    assertThat(discounted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(discounted.getBody()).containsEntry("status", "DISCOUNTED").containsEntry("discountCharge", 4.35);
    assertThat(invoiceNow()).containsEntry("openAmount", 0.0).containsEntry("status", "PAID");
    assertThat(Api.as(rest, "fiona").get("/api/payments/BILL-" + bill).getBody())
        .containsEntry("method", "BANK_ACCEPTANCE_BILL");
    assertThat(step("endorsement", "{\"endorsee\": \"Supplier Ltd\"}").getStatusCode())
        .as("a discounted bill is not endorsed on").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void presentedAndPaidAtMaturityItSettlesThenAndNotBefore() {
    received();

    assertThat(step("payment", "{}").getStatusCode()).as("not presented yet").isEqualTo(HttpStatus.CONFLICT);
    assertThat(step("presentation", "{}").getBody()).containsEntry("status", "PRESENTED");
    assertThat(invoiceNow()).containsEntry("openAmount", 462.1);
    assertThat(step("payment", "{}").getBody()).containsEntry("status", "PAID").containsEntry("settles", true);

    assertThat(invoiceNow()).containsEntry("openAmount", 0.0);
    assertThat((List<Map<String, Object>>) Api.as(rest, "audrey").get("/api/bills/" + bill).getBody().get("events"))
        .extracting(e -> e.get("status") + " " + e.get("recordedBy")).containsExactly("HELD fiona", "PRESENTED fiona", "PAID fiona");
  }

  @Test
  void anEndorsedBillThatIsDishonouredReopensTheInvoiceAndCollectionStartsAgain() {
    received();
    step("endorsement", "{\"endorsee\": \"Steel Supplier Ltd\"}");
    assertThat(invoiceNow()).containsEntry("status", "PAID");
    billing.recordFapiao(order);
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CollectionProcess.KEY).processInstanceBusinessKey(order).count() == 0);

    ResponseEntity<Map> dishonoured = step("dishonour", "{\"reason\": \"acceptor bank refused: insufficient funds\"}");

    assertThat(dishonoured.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dishonoured.getBody()).containsEntry("status", "DISHONOURED");
    assertThat(invoiceNow()).containsEntry("openAmount", 462.1).containsEntry("status", "OPEN");
    assertThat(Api.as(rest, "fiona").get("/api/payments/BILL-" + bill).getBody()).containsEntry("status", "REVERSED");
    assertThat(Api.as(rest, "audrey").get("/api/orders/" + order).getBody()).containsEntry("status", "INVOICED");
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("dunning").variableValueEquals("invoiceNumber", invoice).count() == 1);
    assertThat(step("dishonour", "{\"reason\": \"again\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void badBillsAreRefusedAndNothingIsRegistered() {
    LocalDate today = LocalDate.now(clock);
    String quoted = "\"" + invoice + "\"";
    for (String bad : List.of(
        billJson(bill, "462.11", today, today.plusMonths(6), quoted),
        billJson(bill, "0", today, today.plusMonths(6), quoted),
        billJson(bill, "100.001", today, today.plusMonths(6), quoted),
        billJson(bill, "100.00", today, today, quoted),
        billJson(bill, "100.00", today, today.plusMonths(13), quoted),
        billJson(bill, "100.00", today, today.plusMonths(6), "\"INV-1999-000001\""),
        billJson(bill, "100.00", today, today.plusMonths(6), ""),
        billJson("x", "100.00", today, today.plusMonths(6), quoted))) {
      assertThat(Api.as(rest, "fiona").post("/api/bills", bad).getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(Api.as(rest, "sally").post("/api/bills", billJson(bill, "100.00", today, today.plusMonths(6), quoted))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "fiona").get("/api/bills/" + bill).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(received().getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(received().getStatusCode()).as("the same bill twice").isEqualTo(HttpStatus.CONFLICT);
    assertThat(step("discount", "{\"bank\": \"ICBC\", \"charge\": 462.10}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
