package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
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
import org.springframework.test.context.TestPropertySource;

/**
 * With USD configured as a foreign currency, a payment in USD is booked at what the bank credited
 * in CNY (settledAmount) and keeps what the customer sent; without settledAmount, or in a currency
 * not configured, it is refused and nothing is booked. (Without configuration every foreign
 * currency is refused: BillingFlowTest.)
 */
@AppTest
@TestPropertySource(properties = "ordertocash.billing.foreign-currencies=USD")
class ForeignCurrencyPaymentTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ShipmentRepository shipments;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  BillingFixtures billing;

  @BeforeEach
  void setUp() {
    billing = new BillingFixtures(rest, jdbc, runtimeService, taskService, shipments, clock);
  }

  ResponseEntity<Map> pay(String reference, String currency, String amount, String settled, String invoice) {
    return Api.as(rest, "fiona").post("/api/payments", """
        {"payer": "%s", "amount": %s, "currency": "%s", "valueDate": "%s", "bankReference": "%s",
         "method": "BANK_TRANSFER", "invoices": ["%s"]%s}
        """.formatted(billing.customer, amount, currency, LocalDate.now(clock), reference, invoice,
        settled == null ? "" : ", \"settledAmount\": " + settled));
  }

  @Test
  void aPaymentInAConfiguredCurrencyIsBookedAtWhatTheBankCredited() {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);
    String reference = "SWIFT-" + UUID.randomUUID();

    ResponseEntity<Map> booked = pay(reference, "USD", "65.00", "462.10", invoice);

    assertThat(booked.getStatusCode()).as(booked.toString()).isEqualTo(HttpStatus.CREATED);
    assertThat(booked.getBody()).containsEntry("currency", "CNY").containsEntry("amount", 462.1)
        .containsEntry("originalCurrency", "USD").containsEntry("originalAmount", 65.0)
        .containsEntry("status", "ALLOCATED");
    assertThat(billing.invoices(order).get(0)).containsEntry("openAmount", 0.0).containsEntry("status", "PAID");
    assertThat(pay(reference, "USD", "65.00", "462.10", invoice).getStatusCode()).as("the same notice again")
        .isEqualTo(HttpStatus.OK);
    assertThat(pay(reference, "USD", "66.00", "462.10", invoice).getStatusCode()).as("other details")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void withoutWhatTheBankCreditedOrInACurrencyNotConfiguredNothingIsBooked() {
    String order = billing.invoicedOrder();
    String invoice = billing.invoiceOf(order);

    assertRefused(pay("SWIFT-" + UUID.randomUUID(), "USD", "65.00", null, invoice),
        "A payment in USD needs settledAmount, what the bank credited in CNY");
    assertRefused(pay("SWIFT-" + UUID.randomUUID(), "USD", "65.00", "462.105", invoice), "more than two decimals");
    assertRefused(pay("SWIFT-" + UUID.randomUUID(), "USD", "65.00", "1e20", invoice), "larger than any amount");
    assertRefused(pay("SWIFT-" + UUID.randomUUID(), "EUR", "60.00", "462.10", invoice),
        "Payments are booked in CNY or USD, not EUR");
    assertRefused(pay("BANK-" + UUID.randomUUID(), "CNY", "462.10", "400.00", invoice),
        "settledAmount is only for payments in a foreign currency");

    assertThat(billing.invoices(order).get(0)).containsEntry("openAmount", 462.1);
    assertThat(jdbc.sql("select count(*) from payment where payer_code = ?").param(billing.customer)
        .query(Integer.class).single()).isZero();
  }

  private static void assertRefused(ResponseEntity<Map> answer, String message) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(answer.getBody())).contains(message).doesNotContain("Exception");
  }
}
