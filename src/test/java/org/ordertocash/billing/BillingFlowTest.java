package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.order.CreditExposureService;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An order's cash through the application: a shipment that left the warehouse is invoiced with
 * each product's VAT and sent as a PDF; finance books payments through /api/payments until the
 * order is PAID. The class owns its customer and two products (13 % and 9 % VAT, no stock, so
 * the order's own shipment process waits at the shortage decision and leaves the order alone).
 */
@AppTest
class BillingFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired OutboxService outbox;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired CreditExposureService credit;

  BillingFixtures billing;
  String customer;

  @BeforeEach
  void setUp() {
    billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
    customer = billing.customer;
  }

  private String invoicedOrder() {
    return billing.invoicedOrder();
  }

  private List<Map<String, Object>> invoices(String order) {
    return billing.invoices(order);
  }

  private String invoiceOf(String order) {
    return billing.invoiceOf(order);
  }

  private ResponseEntity<Map> pay(String reference, String amount, String invoices) {
    return billing.pay(reference, amount, invoices);
  }

  private String status(String order) {
    return (String) Api.as(rest, "audrey").get("/api/orders/" + order).getBody().get("status");
  }

  private ProcessInstance collection(String order) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CollectionProcess.KEY)
        .processInstanceBusinessKey(order).singleResult();
  }

  @Test
  void whatShippedIsInvoicedWithEachProductsVatAndSentAsPdf() {
    String order = invoicedOrder();

    Map<String, Object> invoice = invoices(order).get(0);
    // 380.00 at 13 % = 49.40; 30.00 at 9 % = 2.70
    assertThat(invoice).containsEntry("netAmount", 410.0).containsEntry("taxAmount", 52.1)
        .containsEntry("grossAmount", 462.1).containsEntry("openAmount", 462.1).containsEntry("status", "OPEN")
        .containsEntry("customer", customer).containsEntry("paymentTerms", "NET_30")
        .containsEntry("dueDate", LocalDate.now(clock).plusDays(30).toString());
    assertThat((List<Map<String, Object>>) invoice.get("lines")).extracting(l -> l.get("taxAmount"))
        .containsExactly(49.4, 2.7);
    assertThat(status(order)).isEqualTo("INVOICED");
    assertThat(credit.assess(customer, "-", BigDecimal.ZERO).exposure())
        .as("the credit check counts the invoice's receivable, and the order no longer as an order")
        .isEqualByComparingTo("462.10");
    List<OutboxMessageView> sent = outbox.messagesFor(order).stream()
        .filter(m -> m.type().equals("INVOICE")).toList();
    assertThat(sent).singleElement().satisfies(m -> {
      assertThat(m.recipient()).isEqualTo(TestCustomers.email(customer));
      assertThat(m.subject()).contains(invoiceOf(order));
    });
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("fiona", "demo")
        .getForEntity((String) invoice.get("documentHref"), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(collection(order)).as("waiting for money").isNotNull();
    ResponseEntity<Map> cancel = Api.as(rest, "sally").post("/api/orders/" + order + "/cancel", "{\"reason\": \"too late\"}");
    assertThat(cancel.getStatusCode()).as("an invoiced order is corrected by a credit note, not cancelled")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void paidInTwoPartsTheOrderIsPaid() {
    String order = invoicedOrder();
    String invoice = invoiceOf(order);
    String first = "BANK-" + UUID.randomUUID();

    ResponseEntity<Map> part = pay(first, "200.00", "\"" + invoice + "\"");
    assertThat(part.getStatusCode()).as(part.toString()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<Map<String, Object>>) part.getBody().get("allocations")).singleElement()
        .satisfies(a -> assertThat(a).containsEntry("invoice", invoice).containsEntry("amount", 200.0)
            .containsEntry("matchedBy", "REFERENCE"));
    assertThat(invoices(order).get(0)).containsEntry("openAmount", 262.1).containsEntry("status", "OPEN");
    assertThat(collection(order)).as("still waiting").isNotNull();

    ResponseEntity<Map> again = pay(first, "200.00", "\"" + invoice + "\"");
    assertThat(again.getStatusCode()).as("the same notice again").isEqualTo(HttpStatus.OK);
    assertThat(invoices(order).get(0)).as("booked once").containsEntry("openAmount", 262.1);
    assertThat(pay(first, "201.00", "").getStatusCode()).as("same reference, other amount").isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<Map> rest = pay("BANK-" + UUID.randomUUID(), "262.10", "");
    assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<Map<String, Object>>) rest.getBody().get("allocations")).singleElement()
        .satisfies(a -> assertThat(a).containsEntry("matchedBy", "PAYER_AND_AMOUNT"));
    assertThat(invoices(order).get(0)).containsEntry("openAmount", 0.0).containsEntry("status", "PAID");
    // recording the order paid runs in the job after the notice (collection's Event_OpenAmountReduced)
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(order)).isEqualTo("PAID"));
    assertThat(collection(order)).as("open until finance has recorded the fapiao").isNotNull();
    billing.recordFapiao(order);
    assertThat(collection(order)).as("collection ended").isNull();
    assertThat(credit.assess(customer, "-", BigDecimal.ZERO).exposure()).isEqualByComparingTo("0.00");
  }

  @Test
  void anOverpaymentStaysAsCreditAndAnUnmatchedPaymentWaitsForFinance() {
    String order = invoicedOrder();
    String invoice = invoiceOf(order);

    ResponseEntity<Map> unmatched = pay("BANK-" + UUID.randomUUID(), "100.00", "");
    assertThat(unmatched.getBody()).containsEntry("status", "UNMATCHED").containsEntry("unallocatedAmount", 100.0);
    assertThat(invoices(order).get(0)).containsEntry("openAmount", 462.1);

    String reference = (String) unmatched.getBody().get("bankReference");
    ResponseEntity<Map> byHand = Api.as(rest, "fiona").post("/api/payments/" + reference + "/allocations",
        "{\"invoice\": \"" + invoice + "\", \"amount\": 100.00}");
    assertThat(byHand.getStatusCode()).as(byHand.toString()).isEqualTo(HttpStatus.OK);
    assertThat(byHand.getBody()).containsEntry("status", "ALLOCATED");
    assertThat(invoices(order).get(0)).containsEntry("openAmount", 362.1);

    ResponseEntity<Map> over = pay("BANK-" + UUID.randomUUID(), "400.00", "\"" + invoice + "\"");
    assertThat(over.getBody()).containsEntry("status", "PARTLY_ALLOCATED").containsEntry("unallocatedAmount", 37.9);
    // recording the order paid runs in the job after the notice (collection's Event_OpenAmountReduced)
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(order)).isEqualTo("PAID"));
  }

  @Test
  void financeGivesAnUnmatchedPaymentToAnInvoiceInItsTask() {
    String order = invoicedOrder();
    String invoice = invoiceOf(order);
    String reference = "BANK-" + UUID.randomUUID();
    assertThat(pay(reference, "50.00", "").getBody()).containsEntry("status", "UNMATCHED");

    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(reference).singleResult(), t -> t != null);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(PaymentAllocationProcess.ALLOCATE_PAYMENT);
    Map<String, Object> shown = taskService.getVariables(task.getId());
    assertThat(shown).containsEntry("payer", customer).containsEntry("payerName", "Test customer " + customer);
    assertThat(shown.get("paymentText").toString()).contains("¥50.00", reference);
    assertThat(shown.get("openInvoices").toString()).contains(invoice, "未付 ¥462.10", "CREDIT");

    EngineRest fiona = EngineRest.as(rest, "fiona", engine.getName());
    assertThat(fiona.complete(task.getId(), Map.of("allocateTo", "INV-1999-000001")).getStatusCode().is2xxSuccessful())
        .as("not an open invoice of the payer").isFalse();
    ResponseEntity<String> chosen = fiona.complete(task.getId(), Map.of("allocateTo", invoice));
    assertThat(chosen.getStatusCode().is2xxSuccessful()).as(String.valueOf(chosen)).isTrue();

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(invoices(order).get(0)).containsEntry("openAmount", 412.1));
    assertThat(Api.as(rest, "fiona").get("/api/payments/" + reference).getBody())
        .containsEntry("status", "ALLOCATED").extractingByKey("allocations").asList().singleElement()
        .satisfies(a -> assertThat((Map<String, Object>) a).containsEntry("matchedBy", "BY_HAND")
            .containsEntry("allocatedBy", "fiona"));
  }

  @Test
  void twoIdenticalNoticesAtTheSameMomentBookOnce() throws Exception {
    String order = invoicedOrder();
    String invoice = invoiceOf(order);
    String reference = "BANK-" + UUID.randomUUID();
    CyclicBarrier together = new CyclicBarrier(2);

    List<CompletableFuture<ResponseEntity<Map>>> notices = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      notices.add(CompletableFuture.supplyAsync(() -> {
        try {
          together.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return pay(reference, "100.00", "\"" + invoice + "\"");
      }));
    }

    assertThat(notices).extracting(n -> n.join().getStatusCode())
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.OK);
    assertThat(invoices(order).get(0)).containsEntry("openAmount", 362.1);
  }

  @Test
  void badNoticesAreRefusedWithASentenceAndBookNothing() {
    String order = invoicedOrder();
    String invoice = invoiceOf(order);
    String today = LocalDate.now(clock).toString();
    String base = """
        {"payer": "%s", "amount": %s, "currency": "%s", "valueDate": %s, "bankReference": "%s", "method": "CASH", "invoices": [%s]}""";
    Map<String, String> bad = Map.of(
        "amount", base.formatted(customer, "-5.00", "CNY", "\"" + today + "\"", "BAD-1", ""),
        "decimals", base.formatted(customer, "10.005", "CNY", "\"" + today + "\"", "BAD-2", ""),
        "currency", base.formatted(customer, "10.00", "USD", "\"" + today + "\"", "BAD-3", ""),
        "valueDate", base.formatted(customer, "10.00", "CNY", "null", "BAD-4", ""),
        "malformed date", base.formatted(customer, "10.00", "CNY", "\"2026-13-45\"", "BAD-5", ""),
        "unknown invoice", base.formatted(customer, "10.00", "CNY", "\"" + today + "\"", "BAD-6", "\"INV-1999-000001\""),
        "unknown payer", base.formatted("NOBODY", "10.00", "CNY", "\"" + today + "\"", "BAD-7", "\"" + invoice + "\""));

    bad.forEach((what, json) -> {
      ResponseEntity<Map> answer = Api.as(rest, "fiona").post("/api/payments", json);
      assertThat(answer.getStatusCode()).as(what + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(String.valueOf(answer.getBody().get("message"))).as(what).doesNotContain("Exception", "ENGINE-");
    });
    for (int i = 1; i <= 7; i++) {
      assertThat(Api.as(rest, "fiona").get("/api/payments/BAD-" + i).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(invoices(order).get(0)).containsEntry("openAmount", 462.1);
    assertThat(pay("BANK-" + UUID.randomUUID(), "10.00", "").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.as(rest, "sally").post("/api/payments", base.formatted(customer, "10.00", "CNY",
        "\"" + today + "\"", "SALLY-1", "")).getStatusCode()).as("sales books no payments").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void financeRecordsTheFapiaoOnce() {
    String invoice = invoiceOf(invoicedOrder());
    String path = "/api/invoices/" + invoice + "/fapiao";

    ResponseEntity<Map> recorded = Api.as(rest, "fiona").post(path, "{\"code\": \"3100231130\", \"number\": \"01234567\"}");
    assertThat(recorded.getStatusCode()).as(recorded.toString()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody()).containsEntry("fapiaoCode", "3100231130").containsEntry("fapiaoNumber", "01234567");
    assertThat(Api.as(rest, "fiona").post(path, "{\"code\": \"3100231130\", \"number\": \"01234567\"}").getStatusCode())
        .as("the same again").isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "fiona").post(path, "{\"code\": \"3100231130\", \"number\": \"07654321\"}").getStatusCode())
        .as("another one").isEqualTo(HttpStatus.CONFLICT);
    assertThat(Api.as(rest, "fiona").post(path, "{\"code\": \"31\", \"number\": \"0123\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "sally").post(path, "{\"code\": \"3100231130\", \"number\": \"01234567\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().processVariableValueEquals("orderNumber", orderOf(invoice))
        .taskDefinitionKey("Task_RecordFapiao").count()).as("finance's task is withdrawn").isZero();
  }

  @Test
  void financeRecordsTheFapiaoInItsTask() {
    String order = invoicedOrder();
    String invoice = invoiceOf(order);
    EngineRest fiona = EngineRest.as(rest, "fiona", engine.getName());
    String task = fiona.awaitTask(order, "Task_RecordFapiao");
    assertThat((String) fiona.variables(task).get("fapiaoInvoiceText"))
        .contains(invoice, order, "不含税 ¥410.00", "增值税 ¥52.10", "合计 ¥462.10");

    ResponseEntity<String> refused = fiona.complete(task, Map.of("fapiaoCode", "31", "fapiaoNumber", "0123"));
    assertThat(refused.getStatusCode().is4xxClientError()).as(refused.toString()).isTrue();
    assertThat(refused.getBody()).contains("fapiao").doesNotContain("ENGINE-");
    String number = String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));
    assertThat(fiona.complete(task, Map.of("fapiaoCode", "3100231130", "fapiaoNumber", number)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(fiona.openTaskId(order, "Task_RecordFapiao")).isNull();
    // noting it on the invoice is a save point right after finance's Complete
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(invoices(order).get(0))
        .containsEntry("fapiaoCode", "3100231130").containsEntry("fapiaoNumber", number));
  }

  private String orderOf(String invoice) {
    return (String) Api.as(rest, "fiona").get("/api/invoices/" + invoice).getBody().get("orderNumber");
  }
}
