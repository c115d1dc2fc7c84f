package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.TestCustomers;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/customers/{code}/statement: invoices and payments with running balances, as JSON and PDF. */
@AppTest
class StatementTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;

  @Test
  @SuppressWarnings("unchecked")
  void invoicesAndPaymentsWithTheirRunningBalance() throws Exception {
    BillingFixtures billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
    String invoice = billing.invoiceOf(billing.invoicedOrder());
    String reference = "BANK-" + UUID.randomUUID();
    assertThat(billing.pay(reference, "200.00", "\"" + invoice + "\"").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    LocalDate today = LocalDate.now(clock);
    String path = "/api/customers/" + billing.customer + "/statement?from=" + today.minusDays(30) + "&to=" + today;

    Map<String, Object> statement = Api.as(rest, "fiona").get(path).getBody();

    assertThat(statement).containsEntry("customer", billing.customer).containsEntry("currency", "CNY")
        .containsEntry("openingBalance", 0.0).containsEntry("closingBalance", 262.1);
    assertThat((List<Map<String, Object>>) statement.get("entries"))
        .extracting(e -> e.get("kind") + " " + e.get("reference") + " " + e.get("debit") + " " + e.get("credit") + " " + e.get("balance"))
        .containsExactly("INVOICE " + invoice + " 462.1 0.0 462.1", "PAYMENT " + reference + " 0.0 200.0 262.1");

    Map<String, Object> before = Api.as(rest, "audrey").get("/api/customers/" + billing.customer + "/statement?from="
        + today.minusDays(60) + "&to=" + today.minusDays(1)).getBody();
    assertThat(before).containsEntry("openingBalance", 0.0).containsEntry("closingBalance", 0.0);
    assertThat((List<?>) before.get("entries")).isEmpty();
    Map<String, Object> after = Api.as(rest, "carol").get("/api/customers/" + billing.customer + "/statement?from="
        + today.plusDays(1) + "&to=" + today.plusDays(30)).getBody();
    assertThat(after).containsEntry("openingBalance", 262.1).containsEntry("closingBalance", 262.1);

    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("fiona", "demo");
    headers.set(HttpHeaders.ACCEPT, "application/pdf");
    ResponseEntity<byte[]> pdf = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Statement of account", "Opening balance", "Closing balance", "Invoice", "Payment",
          invoice, "¥462.10", "¥262.10");
      assertThat(text.replaceAll("\\s+", "")).as("a long reference wraps within its column").contains(reference);
    }
    TestCustomers.speaks(jdbc, billing.customer, "zh-CN");
    try (PDDocument document = Loader.loadPDF(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
        byte[].class).getBody())) {
      assertThat(new PDFTextStripper().getText(document)).as("for a customer who reads Chinese")
          .contains("客户对账单", "期初余额", "期末余额", "发票", "收款", invoice, "¥462.10", "¥262.10");
    }
  }

  @Test
  void aPeriodThatEndsBeforeItStartsAnUnknownCustomerAndAWarehouseClerkAreRefused() {
    assertThat(Api.as(rest, "fiona").get("/api/customers/C-1001/statement?from=2027-02-01&to=2027-01-01")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "fiona").get("/api/customers/C-1001/statement?to=2027-01-01").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "fiona").get("/api/customers/NOBODY/statement?from=2027-01-01&to=2027-02-01")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "walter").get("/api/customers/C-1001/statement?from=2027-01-01&to=2027-02-01")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
