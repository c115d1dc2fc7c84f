package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ordertocash.billing.BillingFixtures;
import org.ordertocash.identity.TasklistFilterSetup;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.Browser;
import org.ordertocash.support.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * fiona allocates a payment nobody could match in the real Tasklist: the form names the payer and
 * the payment and offers the payer's open invoices; she gives it to the invoice, which then has
 * that much less open. Skipped without Chromium unless OTC_REQUIRE_BROWSER=true ({@link Browser}).
 */
// a context of its own, closed afterwards (see TasklistReviewBrowserIT)
@DirtiesContext
@AppTest
// English staff: the English forms (forms/en/), task names and texts; ChineseTasklistBrowserIT covers Chinese.
@TestPropertySource(properties = "ordertocash.language=en")
class PaymentAllocationBrowserIT {

  @RegisterExtension static final Browser browser = Browser.create();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine processEngine;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;

  BillingFixtures billing;

  @BeforeEach
  void setUp() {
    billing = new BillingFixtures(rest, jdbc, processEngine.getRuntimeService(), processEngine.getTaskService(),
        shipments, clock);
  }

  Tasklist tasklistAsFiona() {
    return Tasklist.open(browser.start(), port, processEngine.getName()).logIn("fiona", "demo", "Fiona Finance");
  }

  @Test
  void financeGivesAnUnmatchedPaymentToTheCustomersOpenInvoice() {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);
    String reference = "BANK-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<Map> booked = billing.pay(reference, "50.00", "");
    assertThat(booked.getBody()).containsEntry("status", "UNMATCHED");
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(reference).singleResult(), t -> t != null);

    Tasklist tasklist = tasklistAsFiona();
    assertThat(tasklist.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(task.getId())).isEqualTo("Allocate payment · " + reference);
    String heading = "Payment from Test customer " + billing.customer;
    assertThat(tasklist.formShowing(heading)).contains("¥50.00 by bank transfer", reference, invoice + ": ¥462.10 open",
        "Keep it as the customer's credit");
    String choice = tasklist.formShowing(invoice).lines().filter(line -> line.startsWith(invoice)).findFirst().orElseThrow();

    tasklist.claim("Fiona Finance", heading).choose(choice).complete(task.getId());

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(billing.invoices(order).get(0)).containsEntry("openAmount", 412.1));
  }

  @Test
  void financeRecordsAnInvoicesFapiaoFromItsTask() {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);
    Task task = await().atMost(Duration.ofSeconds(30)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(order).taskDefinitionKey("Task_RecordFapiao").singleResult(), t -> t != null);
    String number = String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));

    Tasklist tasklist = tasklistAsFiona();
    assertThat(tasklist.openFilter(TasklistFilterSetup.MY_GROUPS_TASKS).openTask(task.getId()))
        .startsWith("Record fapiao · " + order + " · Test customer " + billing.customer + " · ¥");
    String heading = "Record the official VAT invoice (fapiao)";
    assertThat(tasklist.formShowing(heading)).contains("Invoice " + invoice + " of order " + order,
        "to Test customer " + billing.customer + " (" + billing.customer + ")",
        "net ¥410.00, VAT ¥52.10, total ¥462.10");

    tasklist.claim("Fiona Finance", heading).enter("Fapiao code", "3100231130").enter("Fapiao number", number);
    tasklist.complete(task.getId());

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(billing.invoices(order).get(0))
        .containsEntry("fapiaoCode", "3100231130").containsEntry("fapiaoNumber", number));
  }
}
