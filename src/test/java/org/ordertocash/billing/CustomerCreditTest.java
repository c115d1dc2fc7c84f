package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.order.CustomerAccounts;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer's credit: a credit note beyond what was open is set against another invoice, once per
 * request; credit is paid back once per bank reference; nothing beyond what is there, and the
 * statement shows the refund. Each invoice is 462.10; one returned unit of line 1 is 214.70.
 */
@AppTest
@SuppressWarnings("unchecked")
class CustomerCreditTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;
  @Autowired CustomerAccounts accounts;

  BillingFixtures billing;
  String customer;
  String paid;
  String open;
  String creditNote;

  /** The first invoice paid in full, then a unit of it returned: 214.70 of credit; the second invoice open. */
  @BeforeEach
  void creditAndAnOpenInvoice() {
    billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
    customer = billing.customer;
    paid = billing.invoiceOf(billing.invoicedOrder());
    open = billing.invoiceOf(billing.invoicedOrder());
    assertThat(billing.pay("CC-" + UUID.randomUUID(), "462.10", "\"" + paid + "\"").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map> note = Api.as(rest, "fiona").post("/api/invoices/" + paid + "/credit-notes",
        "{\"reason\": \"one unit returned\", \"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}", "cn-" + UUID.randomUUID());
    assertThat(note.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    creditNote = (String) note.getBody().get("number");
  }

  private ResponseEntity<Map> apply(String key, String json) {
    return Api.as(rest, "fiona").post("/api/customers/" + customer + "/credit/applications", json, key);
  }

  private ResponseEntity<Map> refund(String json) {
    return Api.as(rest, "fiona").post("/api/customers/" + customer + "/credit/refunds", json);
  }

  private Map<String, Object> credit() {
    return Api.as(rest, "audrey").get("/api/customers/" + customer + "/credit").getBody();
  }

  private double openOf(String invoice) {
    return ((Number) Api.as(rest, "fiona").get("/api/invoices/" + invoice).getBody().get("openAmount")).doubleValue();
  }

  @Test
  void theCustomersBackgroundCountsInvoicesNotCreditNotes() {
    CustomerAccounts.Balance balance = accounts.balance(customer, LocalDate.now(clock));

    assertThat(balance.invoices()).isEqualTo(2);
    assertThat(balance.paidInFull()).isEqualTo(1);
    // 462.10 open on the second invoice, 214.70 of credit
    assertThat(balance.open()).isEqualByComparingTo("247.40");
  }

  @Test
  void aCreditNotesCreditIsSetAgainstAnotherInvoiceOnce() {
    assertThat(credit()).containsEntry("total", 214.7);
    assertThat((List<Map<String, Object>>) credit().get("items")).singleElement()
        .satisfies(i -> assertThat(i).containsEntry("kind", "CREDIT_NOTE").containsEntry("reference", creditNote));
    String key = "apply-" + UUID.randomUUID();
    String json = "{\"creditNote\": \"%s\", \"invoice\": \"%s\", \"amount\": 200.00}".formatted(creditNote, open);

    ResponseEntity<Map> applied = apply(key, json);
    ResponseEntity<Map> again = apply(key, json);

    assertThat(applied.getStatusCode()).as(String.valueOf(applied.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(openOf(open)).isEqualTo(262.1);
    assertThat(credit()).containsEntry("total", 14.7);
    assertThat(apply("apply-" + UUID.randomUUID(), json.replace("200.00", "14.71")).getStatusCode())
        .as("more than the credit left").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(apply("apply-" + UUID.randomUUID(), "{\"creditNote\": \"%s\", \"invoice\": \"%s\", \"amount\": 1}"
        .formatted(creditNote, paid)).getStatusCode()).as("nothing open on the paid invoice").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(apply(null, json).getStatusCode()).as("no Idempotency-Key").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(openOf(open)).as("nothing more applied").isEqualTo(262.1);
  }

  @Test
  void creditIsPaidBackOncePerBankReferenceAndShowsOnTheStatement() {
    String reference = "OUT-" + UUID.randomUUID();
    String json = "{\"source\": \"%s\", \"amount\": 100.00, \"bankReference\": \"%s\"}".formatted(creditNote, reference);

    ResponseEntity<Map> refunded = refund(json);
    assertThat(refunded.getStatusCode()).as(String.valueOf(refunded.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(refund(json).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(refund(json.replace("100.00", "50.00")).getStatusCode()).as("the same reference, another refund")
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(credit()).containsEntry("total", 114.7);
    assertThat(refund("{\"source\": \"%s\", \"amount\": 114.71, \"bankReference\": \"OUT-%s\"}"
        .formatted(creditNote, UUID.randomUUID())).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refund("{\"source\": \"%s\", \"amount\": 1.001, \"bankReference\": \"OUT-%s\"}"
        .formatted(creditNote, UUID.randomUUID())).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "sally").post("/api/customers/" + customer + "/credit/refunds", json).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    LocalDate today = LocalDate.now(clock);
    Map<String, Object> statement = Api.as(rest, "fiona").get("/api/customers/" + customer + "/statement?from="
        + today.minusDays(1) + "&to=" + today).getBody();
    assertThat((List<Map<String, Object>>) statement.get("entries")).filteredOn(e -> "REFUND".equals(e.get("kind")))
        .singleElement().satisfies(e -> assertThat(e).containsEntry("reference", reference).containsEntry("debit", 100.0));
    // 2 x 462.10 invoiced - 462.10 paid - 214.70 credited + 100.00 refunded
    assertThat(statement).containsEntry("closingBalance", 347.4);
  }

  @Test
  void whatAPaymentLeftUnallocatedIsPaidBackToo() {
    String overpaid = "OVER-" + UUID.randomUUID();
    assertThat(billing.pay(overpaid, "500.00", "\"" + open + "\"").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<Map<String, Object>>) credit().get("items"))
        .anySatisfy(i -> assertThat(i).containsEntry("kind", "PAYMENT").containsEntry("amount", 37.9));

    ResponseEntity<Map> refunded = refund("{\"source\": \"%s\", \"amount\": 37.90, \"bankReference\": \"OUT-%s\"}"
        .formatted(overpaid, UUID.randomUUID()));

    assertThat(refunded.getStatusCode()).as(String.valueOf(refunded.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.as(rest, "fiona").get("/api/payments/" + overpaid).getBody()).containsEntry("unallocatedAmount", 0.0);
  }
}
