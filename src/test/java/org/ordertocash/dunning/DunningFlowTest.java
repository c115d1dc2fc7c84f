package org.ordertocash.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.billing.BillingFixtures;
import org.ordertocash.config.TimerDates;
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
 * One invoice's dunning through the application: the due-date timer, the dunning-levels table,
 * letters as PDFs in the outbox, the credit block order review sees, promises and disputes
 * through /api/dunning, a payment that ends it, and the write-off by two people. The class owns
 * its customer (class B here) and products; days overdue are set by moving the invoice's due
 * date back, and a review is brought forward by moving its timer to now.
 */
@AppTest
class DunningFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ShipmentRepository shipments;
  @Autowired OutboxService outbox;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  BillingFixtures billing;
  DunningFixtures fixtures;
  String customer;

  @BeforeEach
  void setUp() {
    billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
    fixtures = new DunningFixtures(engine, jdbc, clock);
    customer = billing.customer;
    jdbc.sql("update customer set value_class = 'B' where code = ?").param(customer).update();
  }

  ProcessInstance dunningOf(String invoice) {
    return fixtures.dunningOf(invoice);
  }

  void reviewAt(String invoice, int days) {
    fixtures.reviewAt(invoice, days);
  }

  void awaitJobsDone(String instance) {
    fixtures.awaitJobsDone(instance);
  }

  Map<String, Object> dunning(String invoice) {
    return Api.as(rest, "fiona").get("/api/dunning/" + invoice).getBody();
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> letters(String invoice) {
    return (List<Map<String, Object>>) dunning(invoice).get("letters");
  }

  String status(String order) {
    return (String) Api.as(rest, "audrey").get("/api/orders/" + order).getBody().get("status");
  }

  String letterText(Map<String, Object> letter) throws Exception {
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("fiona", "demo")
        .getForEntity("/api/documents/" + ((Number) letter.get("documentId")).longValue(), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** A small new order of the customer's, within every policy but credit. */
  String newOrder() {
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", """
        {"customerCode": "%s", "channel": "PHONE", "requestedDeliveryDate": "%s",
         "lines": [{"sku": "P-100", "quantity": 1}]}""".formatted(customer, LocalDate.now(clock).plusDays(20)));
    assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("number");
  }

  @Test
  void anInvoicesDunningWaitsForTheDayAfterItsDueDate() {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);

    ProcessInstance dunning = dunningOf(invoice);
    assertThat(dunning.getBusinessKey()).isEqualTo(order);
    Job timer = managementService.createJobQuery().processInstanceId(dunning.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(java.time.OffsetDateTime.parse(
        TimerDates.endOfDay(LocalDate.now(clock).plusDays(30), clock.getZone()), TimerDates.FORMAT).toInstant());
    assertThat(letters(invoice)).isEmpty();
  }

  @Test
  void unpaidThroughEveryLevelTheInvoiceIsWrittenOffByTwoPeopleAndFinanceLiftsTheBlock() throws Exception {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);

    reviewAt(invoice, 5);
    assertThat(letters(invoice)).singleElement().satisfies(l -> assertThat(l).containsEntry("level", 1)
        .containsEntry("fee", 0.0).containsEntry("title", "Payment reminder"));
    assertThat(letterText(letters(invoice).get(0))).contains("Payment reminder", "Perhaps it has escaped your attention",
        invoice, LocalDate.now(clock).minusDays(5).toString(), "Open amount ¥462.10", "To pay ¥462.10");
    reviewAt(invoice, 6);
    assertThat(letters(invoice)).as("the same level writes no second letter").hasSize(1);
    assertThat(runtimeService.getVariables(dunningOf(invoice).getId()))
        .as("the decision's inputs are not stored with each daily review").doesNotContainKeys("daysOverdue", "customerClass")
        .containsEntry("level", 1);
    assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("dunning-levels")
        .processInstanceId(dunningOf(invoice).getId()).includeInputs().orderByEvaluationTime().desc().list().get(0)
        .getInputs()).as("the decision's history keeps them").anySatisfy(input ->
            assertThat(input.getValue()).isEqualTo(6));

    TestCustomers.speaks(jdbc, customer, "zh-CN");
    reviewAt(invoice, 20);
    assertThat(letters(invoice).get(1)).containsEntry("level", 2).containsEntry("fee", 50.0).containsEntry("total", 512.1);
    assertThat(letterText(letters(invoice).get(1))).as("the customer now reads Chinese")
        .contains("第二次付款提醒", invoice, "未付金额 ¥462.10", "催收费 ¥50.00", "应付总额 ¥512.10", "如您已付款，谢谢");
    TestCustomers.speaks(jdbc, customer, "en");

    reviewAt(invoice, 40);
    // interest: 462.10 x 12 % x 40 / 365 = 6.077 -> 6.08
    assertThat(letters(invoice).get(2)).containsEntry("level", 3).containsEntry("fee", 100.0)
        .containsEntry("interest", 6.08).containsEntry("total", 568.18);
    assertThat(letterText(letters(invoice).get(2))).contains("FINAL NOTICE", "568.18");
    assertThat(Api.as(rest, "sally").getList("/api/customers/" + customer + "/credit-block"))
        .singleElement().satisfies(b -> assertThat(b).containsEntry("active", true)
            .containsEntry("reason", "第 3 级催款（发票 " + invoice + "）"));
    List<OutboxMessageView> mails = outbox.messagesFor(order).stream().filter(m -> m.type().equals("DUNNING_LETTER")).toList();
    assertThat(mails).hasSize(3).allSatisfy(m -> assertThat(m.subject()).contains(invoice));
    EngineRest fiona = EngineRest.as(rest, "fiona", engine.getName());
    String call = fiona.awaitTask(order, "Task_CallCustomer");
    assertThat((String) fiona.variables(call).get("dunningSummary")).contains(invoice, "Test Buyer", "最后催告")
        .as("no gap for an unknown phone number").contains("**联系人：** Test Buyer · " + TestCustomers.email(customer));
    assertThat(fiona.complete(call, Map.of("callOutcome", "NO_PROMISE", "callNote", "no answer")).getStatusCode().is2xxSuccessful()).isTrue();

    reviewAt(invoice, 70);
    assertThat(letters(invoice)).extracting(l -> l.get("level")).containsExactly(1, 2, 3, 4);
    fiona.completeTask(order, "Task_ApproveWriteOff", Map.of("writeOffDecision", "WRITE_OFF",
        "writeOffReason", "customer insolvent, agency closed the case"));
    EngineRest mike = EngineRest.as(rest, "mike", engine.getName());
    mike.completeTask(order, "Task_ConfirmWriteOff", Map.of("writeOffConfirmation", "WRITE_OFF"));

    await().atMost(Duration.ofSeconds(30)).until(() -> "WRITTEN_OFF".equals(status(order)));
    assertThat(billing.invoices(order).get(0)).containsEntry("status", "WRITTEN_OFF").containsEntry("openAmount", 0.0);
    assertThat(jdbc.sql("select approved_by || '/' || confirmed_by || '/' || amount from write_off where invoice_number = ?")
        .param(invoice).query(String.class).single()).isEqualTo("fiona/mike/462.10");
    assertThat(dunningOf(invoice)).as("dunning ended at the write-off").isNull();
    String next = newOrder();
    await().atMost(Duration.ofSeconds(30)).until(() -> "CREDIT_HOLD".equals(status(next)));
    EngineRest fionaAgain = EngineRest.as(rest, "fiona", engine.getName());
    assertThat((String) fionaAgain.variables(fionaAgain.awaitTask(next, "Task_ReviewCreditHold")).get("creditHoldReason"))
        .as("nothing is overdue any more, but the block holds until finance lifts it")
        .startsWith("信用已冻结：第 3 级催款（发票 " + invoice).doesNotContain("逾期应收款");

    ResponseEntity<Map> lifted = Api.as(rest, "fiona").post("/api/customers/" + customer + "/credit-block/lift",
        "{\"reason\": \"bad debt written off; new orders on prepayment only\"}");
    assertThat(lifted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lifted.getBody()).containsEntry("active", false).containsEntry("liftedBy", "fiona");
  }

  @Test
  void aBlockedCustomersNewOrderGoesToCreditHoldAndTheBlockStaysWhileAnythingIsOverdue() {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);
    reviewAt(invoice, 35);

    String next = newOrder();
    await().atMost(Duration.ofSeconds(30)).until(() -> "CREDIT_HOLD".equals(status(next)));
    EngineRest fiona = EngineRest.as(rest, "fiona", engine.getName());
    String hold = fiona.awaitTask(next, "Task_ReviewCreditHold");
    assertThat((String) fiona.variables(hold).get("creditHoldReason"))
        .startsWith("信用已冻结：第 3 级催款（发票 " + invoice);

    ResponseEntity<Map> refused = Api.as(rest, "fiona").post("/api/customers/" + customer + "/credit-block/lift",
        "{\"reason\": \"customer called\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) refused.getBody().get("message")).contains("overdue");
    assertThat(Api.as(rest, "fiona").post("/api/customers/" + customer + "/credit-block/lift", "{\"reason\": \" \"}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "sally").post("/api/customers/" + customer + "/credit-block/lift", "{\"reason\": \"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "fiona").getList("/api/customers/" + customer + "/credit-block"))
        .singleElement().satisfies(b -> assertThat(b).containsEntry("active", true));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPromiseThroughTheApiPausesDunningAndIsCheckedOnItsDate() {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);
    String promise = "{\"promisedBy\": \"%s\", \"amount\": %s}";
    LocalDate inAWeek = LocalDate.now(clock).plusDays(7);

    assertThat(Api.as(rest, "fiona").post("/api/dunning/" + invoice + "/promises", promise.formatted(inAWeek, "100.00"))
        .getStatusCode()).as("not overdue yet: dunning is not resting between reviews").isEqualTo(HttpStatus.CONFLICT);
    reviewAt(invoice, 3);
    for (String bad : List.of(promise.formatted(LocalDate.now(clock).minusDays(1), "100.00"),
        promise.formatted(inAWeek, "462.11"), promise.formatted(inAWeek, "10.001"), promise.formatted(inAWeek, "0"),
        promise.formatted(LocalDate.now(clock).plusDays(91), "100.00"), "{\"amount\": 100}")) {
      assertThat(Api.as(rest, "fiona").post("/api/dunning/" + invoice + "/promises", bad).getStatusCode())
          .as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(Api.as(rest, "carol").post("/api/dunning/" + invoice + "/promises", promise.formatted(inAWeek, "100.00"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.sql("select count(*) from promise_to_pay where invoice_number = ?").param(invoice)
        .query(Long.class).single()).as("nothing stored for refused promises").isZero();

    ResponseEntity<Map> made = Api.as(rest, "fiona").post("/api/dunning/" + invoice + "/promises",
        promise.formatted(inAWeek, "200.00"));
    assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ProcessInstance dunning = dunningOf(invoice);
    assertThat(runtimeService.getActiveActivityIds(dunning.getId())).containsExactly("Event_PromisedDatePassed");
    assertThat(billing.pay("DUN-PROMISE-" + invoice, "150.00", "\"" + invoice + "\"").getStatusCode().is2xxSuccessful()).isTrue();
    Job promised = managementService.createJobQuery().processInstanceId(dunning.getId()).timers().singleResult();
    managementService.setJobDuedate(promised.getId(), Date.from(clock.instant().minusSeconds(1)));
    awaitJobsDone(dunning.getId());

    assertThat((List<Map<String, Object>>) dunning(invoice).get("promises")).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("outcome", "BROKEN").containsEntry("recordedBy", "fiona")
            .containsEntry("amount", 200.0));
    assertThat(runtimeService.getActiveActivityIds(dunning.getId())).as("resumed, resting again")
        .containsExactly(DunningProcess.WAIT);
  }

  @Test
  void aDisputeGoesToCustomerServiceAndAPaymentInFullEndsDunningWhereverItIs() {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);
    reviewAt(invoice, 20);

    assertThat(Api.as(rest, "carol").post("/api/dunning/" + invoice + "/disputes", "{\"reason\": \"\"}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "carol").post("/api/dunning/" + invoice + "/disputes",
        "{\"reason\": \"two units arrived broken\"}").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(Api.as(rest, "carol").post("/api/dunning/" + invoice + "/disputes",
        "{\"reason\": \"again\"}").getStatusCode()).as("paused already").isEqualTo(HttpStatus.CONFLICT);
    EngineRest carol = EngineRest.as(rest, "carol", engine.getName());
    String resolve = carol.awaitTask(order, "Task_ResolveDispute");
    assertThat(carol.variables(resolve)).containsEntry("disputeReason", "two units arrived broken")
        .containsEntry("disputeRaisedBy", "carol");
    assertThat(carol.complete(resolve, Map.of("disputeOutcome", "UNFOUNDED")).getStatusCode())
        .as("a resolution needs a note").isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(billing.pay("DUN-FULL-" + invoice, "462.10", "\"" + invoice + "\"").getStatusCode().is2xxSuccessful()).isTrue();

    assertThat(dunningOf(invoice)).as("settled: dunning over, its task gone").isNull();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(order).taskDefinitionKey("Task_ResolveDispute")
        .count()).isZero();
    await().atMost(Duration.ofSeconds(30)).until(() -> "PAID".equals(status(order)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPromiseOnTheCallIsCheckedAgainstWhatIsOpen() {
    jdbc.sql("update customer set value_class = 'A' where code = ?").param(customer).update();
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);
    reviewAt(invoice, 2);   // class A: the collector calls at the first level
    EngineRest fiona = EngineRest.as(rest, "fiona", engine.getName());
    String call = fiona.awaitTask(order, "Task_CallCustomer");
    String inAWeek = LocalDate.now(clock).plusDays(7).toString();

    ResponseEntity<String> tooMuch = fiona.complete(call, Map.of("callOutcome", "PROMISED", "promisedBy", inAWeek,
        "promisedAmount", 500.0));
    assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMuch.getBody()).contains("不超过未付金额");
    assertThat(fiona.complete(call, Map.of("callOutcome", "PROMISED", "promisedBy", inAWeek, "promisedAmount", 462.1))
        .getStatusCode().is2xxSuccessful()).isTrue();

    assertThat(runtimeService.getActiveActivityIds(dunningOf(invoice).getId())).containsExactly("Event_PromisedDatePassed");
    assertThat((List<Map<String, Object>>) dunning(invoice).get("promises")).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("recordedBy", "fiona").containsEntry("promisedDate", inAWeek));
  }
}
