package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.identity.Actor;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
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
 * Orders paid in advance (terms PREPAID), through the API with the real processes: the order is
 * invoiced before it ships and ships only once the invoice is paid; the customer is reminded; still
 * unpaid at the deadline the order is cancelled and its invoice credited, a part payment becoming
 * the customer's credit. The class owns its customer (PREPAID allowed) and a product with stock
 * ({@link OrdersOnTerms}).
 */
@AppTest
class PrepaymentFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired OutboxService outbox;
  @Autowired InvoicingService invoicing;
  @Autowired ShipmentRepository shipmentRepository;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  OrdersOnTerms orders;
  String customer;
  OrderDesk desk;

  @BeforeEach
  void setUp() {
    orders = new OrdersOnTerms(rest, jdbc, taskService, shipmentRepository, clock, "PREPAID,NET_30", "500.00", 100);
    customer = orders.customer;
    desk = new OrderDesk(rest, taskService);
  }

  /** A PREPAID order of 4 x 500.00 + 13 % VAT (2,260.00), entered by sally; waits until its invoice is sent. */
  Map<String, Object> prepaidOrderInvoiced() {
    String order = orders.entered("PREPAID", 4, null);
    return await().atMost(Duration.ofSeconds(30)).until(() -> invoices(order), list -> list.size() == 1
        && list.get(0).get("documentHref") != null).get(0);
  }

  List<Map<String, Object>> invoices(String order) {
    return Api.as(rest, "fiona").getList("/api/invoices?order=" + order);
  }

  ResponseEntity<Map> pay(String amount, String invoice) {
    return Api.as(rest, "fiona").post("/api/payments", """
        {"payer": "%s", "amount": %s, "currency": "CNY", "valueDate": "%s", "bankReference": "%s",
         "method": "BANK_TRANSFER", "invoices": ["%s"]}
        """.formatted(customer, amount, LocalDate.now(clock), "PP-" + UUID.randomUUID(), invoice));
  }

  long shipments(String order) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("shipment")
        .processInstanceBusinessKey(order).count();
  }

  ProcessInstance prepaymentOf(String order) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PrepaymentProcess.KEY)
        .processInstanceBusinessKey(order).singleResult();
  }

  /** Makes the prepayment's timer due now, as its date passing would, and lets the job executor fire it. */
  void timerPasses(String order, String eventId) {
    Job timer = managementService.createJobQuery().processInstanceId(prepaymentOf(order).getId()).timers()
        .activityId(eventId).singleResult();
    managementService.setJobDuedate(timer.getId(), Date.from(clock.instant().minusSeconds(1)));
  }

  @Test
  void theOrderIsInvoicedFirstAndShipsOnlyOnceTheInvoiceIsPaid() {
    Map<String, Object> invoice = prepaidOrderInvoiced();
    String order = (String) invoice.get("orderNumber");
    String number = (String) invoice.get("number");

    assertThat(invoice).containsEntry("paymentTerms", "PREPAID").containsEntry("shipmentNumber", null)
        .containsEntry("dueDate", LocalDate.now(clock).plusDays(7).toString());
    assertThat(new BigDecimal(invoice.get("grossAmount").toString())).isEqualByComparingTo("2260.00");
    assertThat(outbox.messagesFor(order)).extracting(OutboxMessageView::type).contains("INVOICE");
    assertThat(shipments(order)).as("nothing ships before the money is in").isZero();

    assertThat(pay("1000.00", number).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(prepaymentOf(order)).as("a part payment is not enough").isNotNull();
    assertThat(shipments(order)).isZero();
    assertThat(pay("1260.00", number).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    await().atMost(Duration.ofSeconds(30)).until(() -> shipments(order) == 1);
    assertThat(prepaymentOf(order)).isNull();
    // once shipped and delivered, collection finds the order billed already: no second invoice, nothing to dun
    orders.shipByHand(order, 4);
    assertThat(invoicing.invoiceShipped(order, Actor.SYSTEM)).containsExactly(number);
    assertThat(invoicing.unsettled(order)).isEmpty();
    assertThat(invoices(order)).hasSize(1);
  }

  @Test
  void theCustomerIsRemindedOnceWhileTheInvoiceIsUnpaid() {
    String order = (String) prepaidOrderInvoiced().get("orderNumber");

    timerPasses(order, "Event_ReminderDue");

    OutboxMessageView reminder = await().atMost(Duration.ofSeconds(30)).until(() -> outbox.messagesFor(order).stream()
        .filter(m -> m.type().equals("PREPAYMENT_REMINDER")).findFirst().orElse(null), m -> m != null);
    assertThat(reminder.body()).contains("2,260.00")
        .contains(LocalDate.now(clock).plusDays(7).toString()).contains("cancelled");
    assertThat(reminder.attachment()).as("the invoice PDF again").isNotNull();
    assertThat(prepaymentOf(order)).as("still waiting for the money").isNotNull();
  }

  @Test
  void stillUnpaidAtTheDeadlineTheOrderIsCancelledAndAPartPaymentBecomesCredit() {
    Map<String, Object> invoice = prepaidOrderInvoiced();
    String order = (String) invoice.get("orderNumber");
    assertThat(pay("300.00", (String) invoice.get("number")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    timerPasses(order, "Event_DeadlinePassed");

    desk.awaitStatus(order, "CANCELLED");
    List<Map<String, Object>> documents = await().atMost(Duration.ofSeconds(30))
        .until(() -> invoices(order), list -> list.size() == 2);
    assertThat(documents).extracting(d -> d.get("kind")).containsExactly("INVOICE", "CREDIT_NOTE");
    assertThat(new BigDecimal(documents.get(1).get("grossAmount").toString())).isEqualByComparingTo("2260.00");
    assertThat(new BigDecimal(documents.get(0).get("openAmount").toString())).isEqualByComparingTo("0");
    Map<String, Object> credit = Api.as(rest, "fiona").get("/api/customers/" + customer + "/credit").getBody();
    assertThat(new BigDecimal(credit.get("total").toString())).as("what was paid is the customer's to get back")
        .isEqualByComparingTo("300.00");
    assertThat(shipments(order)).isZero();
    assertThat(outbox.messagesFor(order)).extracting(OutboxMessageView::type)
        .contains("ORDER_CANCELLED", "CREDIT_NOTE");
  }
}
