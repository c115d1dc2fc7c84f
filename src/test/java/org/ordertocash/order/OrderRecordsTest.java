package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.claim.CarrierClaim;
import org.ordertocash.claim.CarrierClaimRepository;
import org.ordertocash.claim.ClaimReason;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.shipment.Shipment;
import org.ordertocash.shipment.ShipmentFixtures;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/orders/{number} lists the quotations, contracts, claims and documents kept about the order. */
@AppTest
class OrderRecordsTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ShipmentRepository shipments;
  @Autowired CarrierClaimRepository claims;
  @Autowired DocumentService documents;
  @Autowired RuntimeService runtimeService;
  @Autowired Clock clock;

  ShipmentFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new ShipmentFixtures(rest, shipments, runtimeService, clock);
  }

  @Test
  void auditorFindsEveryRecordOfTheOrderWithALinkToIt() {
    String order = fixtures.order();
    String quotation = quotation(order, "REVISED", "SENT");
    String contract = contract(order);
    Shipment shipment = fixtures.shipped(order, LocalDate.now(clock).plusDays(3));
    CarrierClaim claim = claims.save(new CarrierClaim("CL-T-" + suffix(), order, shipment.getNumber(), ClaimReason.LOST,
        "DHL", "JD1", new BigDecimal("380.00"), "EUR", LocalDate.now(clock).plusDays(30), clock.instant()));
    DocumentView pdf = documents.storeOnce(DocumentKind.QUOTATION, quotation, 2, order, quotation + "-v2.pdf",
        "application/pdf", "%PDF-test".getBytes(StandardCharsets.ISO_8859_1), "sally");

    List<Map<String, Object>> records = records(order);

    assertThat(records).extracting(r -> r.get("kind"), r -> r.get("number"), r -> r.get("version"),
            r -> r.get("status"), r -> r.get("href"))
        .containsExactly(
            tuple("QUOTATION", quotation, 2, "SENT", "/api/quotations/" + quotation),
            tuple("CONTRACT", contract, 1, "IN_REVIEW", "/api/contracts/" + contract),
            tuple("CLAIM", claim.getNumber(), null, "OPEN", "/api/claims/" + claim.getNumber()),
            tuple("DOCUMENT", quotation, 2, "QUOTATION", "/api/documents/" + pdf.id()));
    assertThat(records).extracting(r -> r.get("detail")).containsExactly(
        "total 1,234.50 EUR", "value 5,000.00 EUR, risk LOW", "LOST shipment " + shipment.getNumber(),
        quotation + "-v2.pdf");
    for (String href : List.of("/api/claims/" + claim.getNumber(), "/api/documents/" + pdf.id())) {
      assertThat(Api.as(rest, "audrey").getText(href).getStatusCode()).as(href).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void recordsOfOtherOrdersAreNotListed() {
    String order = fixtures.order();
    String other = fixtures.order();
    String quotation = quotation(other, "DRAFT");

    assertThat(records(order)).isEmpty();
    assertThat(records(other)).extracting(r -> r.get("number")).containsExactly(quotation);
  }

  @Test
  void orderWithoutRecordsListsAnEmptyArray() {
    String order = fixtures.order();

    Map<String, Object> view = Api.as(rest, "audrey").get("/api/orders/" + order).getBody();

    assertThat(view).containsKey("records");
    assertThat((List<?>) view.get("records")).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> records(String order) {
    var answer = Api.as(rest, "audrey").get("/api/orders/" + order);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) answer.getBody().get("records");
  }

  /** A quotation with one version per given status (the last is the latest). */
  private String quotation(String order, String... statuses) {
    String number = "QT-T-" + suffix();
    jdbc.sql("insert into quotation (number, order_number, customer_code, currency, created_at, row_version) "
        + "values (?, ?, 'C-1001', 'EUR', ?, 0)").params(number, order, clock.instant()).update();
    long id = jdbc.sql("select id from quotation where number = ?").param(number).query(Long.class).single();
    for (int v = 1; v <= statuses.length; v++) {
      jdbc.sql("insert into quotation_version (quotation_id, version, status, payment_terms, total_amount, "
          + "max_discount_percent, proposed_by, proposed_at) values (?, ?, ?, 'NET_30', ?, 0, 'sally', ?)")
          .params(id, v, statuses[v - 1], new BigDecimal(v == statuses.length ? "1234.50" : "1500.00"), clock.instant())
          .update();
    }
    return number;
  }

  private String contract(String order) {
    String number = "CT-T-" + suffix();
    jdbc.sql("insert into contract (number, order_number, status, current_version, currency, contract_value, "
        + "payment_terms, delivery_date, risk_level, created_by, created_at) "
        + "values (?, ?, 'IN_REVIEW', 1, 'EUR', 5000.00, 'NET_30', ?, 'LOW', 'carl', ?)")
        .params(number, order, LocalDate.now(clock).plusDays(30), clock.instant()).update();
    return number;
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
