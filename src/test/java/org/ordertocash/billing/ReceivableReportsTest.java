package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GET /api/reports/ar-aging: a customer's open receivables in their buckets, as JSON and CSV;
 * GET /api/reports/dso for a period.
 */
@AppTest
class ReceivableReportsTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  String customer;

  @BeforeEach
  void receivables() {
    customer = TestCustomers.established(jdbc);
    receivable("100.00", "100.00", AS_OF.plusDays(1));     // not yet due
    receivable("200.00", "150.00", AS_OF);                 // due today: 0 days past due
    receivable("30.00", "30.00", AS_OF.minusDays(30));     // 30
    receivable("40.00", "40.00", AS_OF.minusDays(31));     // 31
    receivable("60.00", "60.00", AS_OF.minusDays(60));     // 60
    receivable("61.00", "61.00", AS_OF.minusDays(61));     // 61
    receivable("90.00", "90.00", AS_OF.minusDays(90));     // 90
    receivable("91.00", "91.00", AS_OF.minusDays(91));     // 91
    receivable("500.00", "0.00", AS_OF.minusDays(200));    // paid: not listed
  }

  private void receivable(String amount, String open, LocalDate due) {
    jdbc.sql("insert into receivable (invoice_number, customer_code, amount, open_amount, currency, due_date)"
        + " values (?, ?, ?, ?, 'CNY', ?)")
        .params("INV-A-" + UUID.randomUUID().toString().substring(0, 8), customer, new BigDecimal(amount),
            new BigDecimal(open), java.sql.Date.valueOf(due))
        .update();
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachOpenAmountIsInTheBucketOfItsDaysPastDue() {
    ResponseEntity<Map> report = Api.as(rest, "fiona").get("/api/reports/ar-aging?asOf=" + AS_OF);

    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(report.getBody()).containsEntry("asOf", AS_OF.toString()).containsEntry("currency", "CNY");
    Map<String, Object> row = ((List<Map<String, Object>>) report.getBody().get("customers")).stream()
        .filter(r -> customer.equals(r.get("customer"))).findFirst().orElseThrow();
    assertThat(row).containsEntry("name", "Test customer " + customer)
        .containsEntry("notDue", 100.0).containsEntry("days0To30", 180.0).containsEntry("days31To60", 100.0)
        .containsEntry("days61To90", 151.0).containsEntry("over90", 91.0).containsEntry("total", 622.0);
  }

  @Test
  void asCsvForASpreadsheet() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("audrey", "demo");
    headers.set(HttpHeaders.ACCEPT, "text/csv");
    ResponseEntity<String> csv = rest.exchange("/api/reports/ar-aging?asOf=" + AS_OF, HttpMethod.GET,
        new HttpEntity<>(headers), String.class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("customer,name,not_due,days_0_30,days_31_60,days_61_90,over_90,total\n")
        .contains("\"" + customer + "\",\"Test customer " + customer + "\",100.00,180.00,100.00,151.00,91.00,622.00\n")
        .containsPattern("\"\",\"Total\",[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+\n$");
  }

  @Test
  void onlyFinanceSalesManagersAndAuditorsReadItAndADateMustBeOne() {
    assertThat(Api.as(rest, "sally").get("/api/reports/ar-aging").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "mike").get("/api/reports/ar-aging").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> bad = Api.as(rest, "fiona").get("/api/reports/ar-aging?asOf=2027-13-45");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(bad.getBody().get("message"))).doesNotContain("Exception");
  }

  @Test
  void dsoAnswersForAPeriodAndRefusesAnImpossibleOne() {
    ResponseEntity<Map> quiet = Api.as(rest, "audrey").get("/api/reports/dso?asOf=2099-01-31&days=30");
    assertThat(quiet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(quiet.getBody()).containsEntry("asOf", "2099-01-31").containsEntry("days", 30)
        .containsEntry("invoiced", 0.0).containsEntry("dso", null).containsKey("openReceivables");
    assertThat(Api.as(rest, "fiona").get("/api/reports/dso?days=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "fiona").get("/api/reports/dso?days=many").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "sally").get("/api/reports/dso").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
