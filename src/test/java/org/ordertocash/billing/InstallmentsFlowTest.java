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

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.order.CreditExposureService;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.TestCustomers;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders on terms INSTALLMENTS through the API: the plan is checked at intake; each invoice opens
 * one receivable per portion, shown on the invoice with its own due date, open amount and state;
 * payments settle the earliest portion first; aging and the credit check count only what is past
 * its own date. The class owns its customer (INSTALLMENTS allowed) and a product without stock
 * (4 x 250.00 + 13 % VAT = 1,130.00), so the test ships by hand.
 */
@AppTest
class InstallmentsFlowTest {

  static final String PLAN = """
      [{"dueInDays": 0, "percent": 30}, {"dueInDays": 30, "percent": 40}, {"dueInDays": 60, "percent": 30}]""";

  @Autowired TestRestTemplate rest;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired CreditExposureService credit;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  OrdersOnTerms orders;
  String customer;

  @BeforeEach
  void setUp() {
    orders = new OrdersOnTerms(rest, jdbc, taskService, shipments, clock, "NET_30,INSTALLMENTS", "250.00", 0);
    customer = orders.customer;
  }

  ResponseEntity<Map> enter(String terms, String installments) {
    return orders.enter(terms, 4, installments == null ? null : "\"installments\": " + installments);
  }

  /** An order in three installments, shipped in full and invoiced by its collection; answers the invoice. */
  Map<String, Object> invoicedInInstallments() {
    String order = orders.entered("INSTALLMENTS", 4, "\"installments\": " + PLAN);
    orders.shipByHand(order, 4);
    runtimeService.startProcessInstanceByKey(CollectionProcess.KEY, order, Map.of("orderNumber", order));
    return await().atMost(Duration.ofSeconds(30)).until(() -> Api.as(rest, "fiona").getList("/api/invoices?order=" + order),
        list -> list.size() == 1 && list.get(0).get("documentHref") != null).get(0);
  }

  Map<String, Object> invoice(String number) {
    return Api.as(rest, "fiona").get("/api/invoices/" + number).getBody();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> installments(Map<String, Object> invoice) {
    return (List<Map<String, Object>>) invoice.get("installments");
  }

  @Test
  void eachInvoiceIsSplitIntoPortionsThatAreTrackedOnTheirOwn() {
    Map<String, Object> invoice = invoicedInInstallments();
    LocalDate issued = LocalDate.parse((String) invoice.get("issueDate"));

    assertThat(invoice).containsEntry("paymentTerms", "INSTALLMENTS")
        .containsEntry("dueDate", issued.plusDays(60).toString());
    assertThat(installments(invoice)).extracting(i -> i.get("no"), i -> i.get("dueDate"), i -> i.get("amount"),
            i -> i.get("status"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, issued.toString(), 339.0, "OPEN"),
            org.assertj.core.groups.Tuple.tuple(2, issued.plusDays(30).toString(), 452.0, "OPEN"),
            org.assertj.core.groups.Tuple.tuple(3, issued.plusDays(60).toString(), 339.0, "OPEN"));

    String number = (String) invoice.get("number");
    assertThat(pdfText((String) invoice.get("documentHref"))).contains("¥1,130.00 in 3 installments",
        "1. ¥339.00 by " + issued, "2. ¥452.00 by " + issued.plusDays(30), "3. ¥339.00 by " + issued.plusDays(60));
    TestCustomers.speaks(jdbc, customer, "zh-CN");
    assertThat(InvoicePdfs.renderedAgain(context, number)).as("for a customer who reads Chinese")
        .contains("发票 " + number, "请分 3 期支付 ¥1,130.00", "第 1 期：¥339.00，于 " + issued + " 前支付",
            "第 3 期：¥339.00，于 " + issued.plusDays(60) + " 前支付", "应付金额（含税）", "增值税发票另行开具");
    TestCustomers.speaks(jdbc, customer, "en");
    ResponseEntity<Map> paid = Api.as(rest, "fiona").post("/api/payments", """
        {"payer": "%s", "amount": 500.00, "currency": "CNY", "valueDate": "%s", "bankReference": "%s",
         "method": "BANK_TRANSFER", "invoices": ["%s"]}
        """.formatted(customer, LocalDate.now(clock), "IN-" + UUID.randomUUID(), number));
    assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> after = invoice(number);
    assertThat(installments(after)).extracting(i -> i.get("openAmount"), i -> i.get("status")).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0.0, "PAID"),
        org.assertj.core.groups.Tuple.tuple(291.0, "OPEN"),
        org.assertj.core.groups.Tuple.tuple(339.0, "OPEN"));
    assertThat(new BigDecimal(after.get("openAmount").toString())).isEqualByComparingTo("630.00");
    assertThat(after).containsEntry("status", "OPEN");
  }

  @Test
  void onlyAPortionPastItsOwnDateIsOverdue() {
    Map<String, Object> invoice = invoicedInInstallments();
    String number = (String) invoice.get("number");
    LocalDate today = LocalDate.now(clock);
    // the invoice was issued 40 days ago: portion 1 is 40 days late, portion 2 ten, portion 3 not yet due
    jdbc.sql("update receivable set due_date = due_date - 40 where invoice_number = ?").param(number).update();

    assertThat(installments(invoice(number))).extracting(i -> i.get("status")).containsExactly("OVERDUE", "OVERDUE", "OPEN");
    assertThat(credit.assess(customer, "-", BigDecimal.ZERO).overdue()).isEqualByComparingTo("791.00");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) Api.as(rest, "fiona")
        .get("/api/reports/ar-aging?asOf=" + today).getBody().get("customers");
    Map<String, Object> row = rows.stream().filter(r -> customer.equals(r.get("customer"))).findFirst().orElseThrow();
    assertThat(row).containsEntry("notDue", 339.0).containsEntry("days0To30", 452.0).containsEntry("days31To60", 339.0);
  }

  @Test
  void aPlanThatCannotBeRightIsRefusedAndNoOrderIsStored() {
    Integer before = jdbc.sql("select count(*) from sales_order where customer_code = ?").param(customer)
        .query(Integer.class).single();

    assertRefused(enter("INSTALLMENTS", null), "need the plan");
    assertRefused(enter("INSTALLMENTS", "[{\"dueInDays\": 0, \"percent\": 100}]"), "2 to 12 portions");
    assertRefused(enter("INSTALLMENTS", "[{\"dueInDays\": 0, \"percent\": 50}, {\"dueInDays\": 30, \"percent\": 40}]"),
        "add up to 90 %, not 100 %");
    assertRefused(enter("INSTALLMENTS", "[{\"dueInDays\": 30, \"percent\": 50}, {\"dueInDays\": 0, \"percent\": 50}]"),
        "each later than the one before");
    assertRefused(enter("INSTALLMENTS", "[{\"dueInDays\": 0, \"percent\": 50.001}, {\"dueInDays\": 30, \"percent\": 49.999}]"),
        "at most two decimals");
    assertRefused(enter("NET_30", PLAN), "only for payment terms INSTALLMENTS");

    assertThat(jdbc.sql("select count(*) from sales_order where customer_code = ?").param(customer)
        .query(Integer.class).single()).isEqualTo(before);
  }

  String pdfText(String href) {
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("fiona", "demo").getForEntity(href, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertRefused(ResponseEntity<Map> answer, String message) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(answer.getBody())).contains(message).doesNotContain("Exception");
  }
}
