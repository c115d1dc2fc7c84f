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
import org.ordertocash.outbox.OutboxService;
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
 * POST /api/invoices/{number}/credit-notes: returned units or a lower price, each line with the
 * invoice's VAT; the credit first takes what is open, the rest is the customer's credit. The
 * invoice is 2 x 190.00 at 13 % and 3 x 10.00 at 9 % (462.10), see {@link BillingFixtures}.
 */
@AppTest
@SuppressWarnings("unchecked")
class CreditNoteTest {

  @Autowired TestRestTemplate rest;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;
  @Autowired InvoicingService invoicing;
  @Autowired OutboxService outbox;

  BillingFixtures billing;
  String order;
  String invoice;

  @BeforeEach
  void invoiced() {
    billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
    order = billing.invoicedOrder();
    invoice = billing.invoiceOf(order);
  }

  private ResponseEntity<Map> credit(String user, String key, String json) {
    return Api.as(rest, user).post("/api/invoices/" + invoice + "/credit-notes", json, key);
  }

  private Map<String, Object> invoiceNow() {
    return Api.as(rest, "fiona").get("/api/invoices/" + invoice).getBody();
  }

  @Test
  void aReturnedUnitIsCreditedOnceAtTheInvoicesPriceAndVatAndSentAsPdf() throws Exception {
    String key = "return-" + UUID.randomUUID();
    String oneUnit = "{\"reason\": \"One pump returned\", \"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}";

    ResponseEntity<Map> created = credit("fiona", key, oneUnit);

    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    // 190.00 + 13 % = 214.70
    assertThat(created.getBody()).containsEntry("kind", "CREDIT_NOTE").containsEntry("correctsInvoice", invoice)
        .containsEntry("netAmount", 190.0).containsEntry("taxAmount", 24.7).containsEntry("grossAmount", 214.7);
    assertThat((String) created.getBody().get("number")).startsWith("CN-");
    assertThat(invoiceNow()).containsEntry("openAmount", 247.4).containsEntry("status", "OPEN");

    ResponseEntity<Map> again = credit("fiona", key, oneUnit);
    assertThat(again.getStatusCode()).as("the same request again").isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("number", created.getBody().get("number"));
    assertThat(invoiceNow()).as("credited once").containsEntry("openAmount", 247.4);
    assertThat(billing.invoices(order)).extracting(i -> i.get("kind")).containsExactly("INVOICE", "CREDIT_NOTE");
    assertThat(outbox.messagesFor(order)).filteredOn(m -> m.type().equals("CREDIT_NOTE")).as("sent once")
        .singleElement().satisfies(m -> assertThat(m.subject()).contains((String) created.getBody().get("number")));
    assertThat(pdfText((String) again.getBody().get("documentHref"))).contains("Credit note", "Corrects invoice", invoice,
        "One pump returned", "214.70");
    TestCustomers.speaks(jdbc, billing.customer, "zh-CN");
    assertThat(InvoicePdfs.renderedAgain(context, (String) created.getBody().get("number")))
        .as("for a customer who reads Chinese").contains("红字发票（贷项通知单）", "冲销发票", invoice, "One pump returned",
            "214.70", "冲销金额（含税）");
  }

  private String pdfText(String href) throws Exception {
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("fiona", "demo").getForEntity(href, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  @Test
  void whatCannotBeCreditedIsRefusedAndNothingIsCredited() {
    String first = "{\"reason\": \"Returned\", \"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}";
    assertThat(credit("fiona", "k-" + UUID.randomUUID(), first).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, String> bad = Map.of(
        "more than is left of the line", "{\"reason\": \"x\", \"lines\": [{\"lineNo\": 1, \"quantity\": 2}]}",
        "a price above the invoiced one", "{\"reason\": \"x\", \"lines\": [{\"lineNo\": 2, \"quantity\": 1, \"unitPrice\": 10.01}]}",
        "three decimals", "{\"reason\": \"x\", \"lines\": [{\"lineNo\": 2, \"quantity\": 1, \"unitPrice\": 1.005}]}",
        "a line the invoice lacks", "{\"reason\": \"x\", \"lines\": [{\"lineNo\": 9, \"quantity\": 1}]}",
        "no reason", "{\"lines\": [{\"lineNo\": 2, \"quantity\": 1}]}",
        "no lines", "{\"reason\": \"x\", \"lines\": []}");
    bad.forEach((what, json) -> {
      ResponseEntity<Map> answer = credit("fiona", "k-" + UUID.randomUUID(), json);
      assertThat(answer.getStatusCode()).as(what + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(String.valueOf(answer.getBody().get("message"))).as(what).doesNotContain("Exception");
    });
    assertThat(credit("fiona", null, first).getStatusCode()).as("no Idempotency-Key").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(credit("sally", "k-" + UUID.randomUUID(), first).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "fiona").post("/api/invoices/INV-1999-000001/credit-notes", first, "k-1").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(invoiceNow()).containsEntry("openAmount", 247.4);
    assertThat(billing.invoices(order)).hasSize(2);
  }

  @Test
  void aFullCreditSettlesTheInvoiceAndEndsCollection() {
    ResponseEntity<Map> all = credit("fiona", "k-" + UUID.randomUUID(),
        "{\"reason\": \"Order returned\", \"lines\": [{\"lineNo\": 1, \"quantity\": 2}, {\"lineNo\": 2, \"quantity\": 3}]}");

    assertThat(all.getBody()).containsEntry("grossAmount", 462.1);
    assertThat(invoiceNow()).containsEntry("openAmount", 0.0).containsEntry("status", "PAID");
    billing.recordFapiao(order);
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CollectionProcess.KEY).processInstanceBusinessKey(order).count() == 0);
  }

  @Test
  void aCreditBeyondWhatIsOpenIsTheCustomersCreditOnTheStatement() {
    String paid = "BANK-" + UUID.randomUUID();
    assertThat(billing.pay(paid, "462.10", "\"" + invoice + "\"").getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<Map> afterPayment = credit("fiona", "k-" + UUID.randomUUID(),
        "{\"reason\": \"Price agreed lower\", \"lines\": [{\"lineNo\": 2, \"quantity\": 3, \"unitPrice\": 5.00}]}");

    // 3 x 5.00 + 9 % = 16.35, all of it credit: the invoice was paid
    assertThat(afterPayment.getBody()).containsEntry("grossAmount", 16.35);
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> statement = Api.as(rest, "fiona").get("/api/customers/" + billing.customer
        + "/statement?from=" + today + "&to=" + today).getBody();
    assertThat((List<Map<String, Object>>) statement.get("entries")).extracting(e -> e.get("kind"))
        .containsExactly("INVOICE", "CREDIT_NOTE", "PAYMENT");
    assertThat(statement).containsEntry("closingBalance", -16.35);
    assertThat(invoicing.openAmount(order)).as("the customer's credit is not taken off the order's open amount")
        .isEqualByComparingTo("0.00");
    String quotingTheCreditNote = (String) afterPayment.getBody().get("number");
    ResponseEntity<Map> refused = billing.pay("BANK-" + UUID.randomUUID(), "10.00", "\"" + quotingTheCreditNote + "\"");
    assertThat(refused.getStatusCode()).as("a payment quoting a credit note").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(refused.getBody().get("message"))).contains("credit note");
  }
}
