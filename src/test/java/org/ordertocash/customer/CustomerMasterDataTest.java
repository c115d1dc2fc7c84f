package org.ordertocash.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.EngineRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers are created, changed, blocked and unblocked through /api by the right groups, bad
 * input is refused field by field with nothing stored, every change is on the audit trail, and a
 * large credit-limit increase waits for finance and a sales manager.
 */
@AppTest
class CustomerMasterDataTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine engine;

  static String form(String name, String email, String country, String valueClass, String terms, String language) {
    return """
        {"name": "%s", "contactName": "王芳", "contactEmail": "%s", "contactPhone": "+86 571 8888 0000",
         "billingAddress": {"street": "西湖区文三路 1 号", "city": "杭州", "postalCode": "310000", "country": "%s"},
         "valueClass": "%s", "paymentTerms": %s, "language": "%s"}
        """.formatted(name, email, country, valueClass, terms, language);
  }

  String created(String name) {
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/customers",
        form(name, "buyer@hz.example", "CN", "B", "[\"NET_30\", \"PREPAID\"]", "zh-CN"), UUID.randomUUID().toString());
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    return (String) created.getBody().get("code");
  }

  @Test
  @SuppressWarnings("unchecked")
  void salesCreatesACustomerOnceAndChangesItAndAuditorsSeeWhoDidWhat() {
    String name = "杭州西湖电器有限公司 " + UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    String body = form(name, "buyer@hz.example", "CN", "B", "[\"NET_30\", \"PREPAID\"]", "zh-CN");

    ResponseEntity<Map> first = Api.as(rest, "sally").post("/api/customers", body, key);
    ResponseEntity<Map> again = Api.as(rest, "sally").post("/api/customers", body, key);

    assertThat(first.getStatusCode().value()).as(String.valueOf(first.getBody())).isEqualTo(201);
    String code = (String) first.getBody().get("code");
    assertThat(code).matches("C-\\d{4,}");
    assertThat(first.getBody()).containsEntry("name", name).containsEntry("language", "zh-CN")
        .containsEntry("valueClass", "B").containsEntry("allowedPaymentTerms", List.of("NET_30", "PREPAID"))
        .containsEntry("creditLimit", 0.0).containsEntry("blocked", false);
    assertThat(again.getStatusCode().value()).as("the same request again").isEqualTo(200);
    assertThat(again.getBody()).containsEntry("code", code);
    assertThat(jdbc.sql("select count(*) from customer where name = ?").param(name).query(Integer.class).single())
        .isEqualTo(1);

    ResponseEntity<Map> changed = Api.as(rest, "mike").put("/api/customers/" + code,
        form(name, "orders@hz.example", "CN", "A", "[\"NET_60\"]", "en"));
    assertThat(changed.getStatusCode().value()).isEqualTo(200);
    assertThat(changed.getBody()).containsEntry("contactEmail", "orders@hz.example").containsEntry("valueClass", "A")
        .containsEntry("allowedPaymentTerms", List.of("NET_60")).containsEntry("language", "en");

    List<Map<String, Object>> events = (List<Map<String, Object>>) Api.as(rest, "audrey")
        .get("/api/audit/orders/" + code).getBody().get("events");
    assertThat(events).filteredOn(e -> "MASTER_DATA_CHANGED".equals(e.get("kind")))
        .extracting(e -> e.get("actor") + ": " + e.get("summary"))
        .containsExactly("sally: Customer " + code + " created", "mike: Customer " + code + " changed");
    assertThat(events).filteredOn(e -> "MASTER_DATA_CHANGED".equals(e.get("kind"))).last()
        .satisfies(e -> assertThat(e.get("details").toString()).contains("class=B", "class=A", "language=zh-CN",
            "language=en", "buyer@hz.example", "orders@hz.example"));
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsStored() {
    String name = "Refused " + UUID.randomUUID();
    Map<String, String> cases = Map.of(
        "name", form("", "a@b.example", "CN", "B", "[\"NET_30\"]", "en"),
        "contactEmail", form(name, "not-an-address", "CN", "B", "[\"NET_30\"]", "en"),
        "billingAddress.country", form(name, "a@b.example", "China", "B", "[\"NET_30\"]", "en"),
        "valueClass", form(name, "a@b.example", "CN", "Z", "[\"NET_30\"]", "en"),
        "paymentTerms", form(name, "a@b.example", "CN", "B", "[\"NET_45\"]", "en"),
        "language", form(name, "a@b.example", "CN", "B", "[\"NET_30\"]", "fr"));
    cases.forEach((field, body) -> {
      ResponseEntity<Map> refused = Api.as(rest, "sally").post("/api/customers", body, UUID.randomUUID().toString());
      assertThat(refused.getStatusCode().value()).as(field).isEqualTo(400);
      assertThat(refused.getBody().toString()).as(field).contains(field).doesNotContain("Exception", "ENGINE-");
    });
    assertThat(Api.as(rest, "sally").post("/api/customers", form(name, "a@b.example", "CN", "B", "[\"NET_30\"]", "en"))
        .getStatusCode().value()).as("no Idempotency-Key").isEqualTo(400);
    assertThat(Api.as(rest, "walter").post("/api/customers", form(name, "a@b.example", "CN", "B", "[\"NET_30\"]", "en"),
        UUID.randomUUID().toString()).getStatusCode().value()).as("warehouse").isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from customer where name = ?").param(name).query(Integer.class).single()).isZero();
  }

  @Test
  void financeBlocksAndUnblocksWithAReason() {
    String code = created("Blockable " + UUID.randomUUID());

    assertThat(Api.as(rest, "sally").post("/api/customers/" + code + "/block", "{\"reason\": \"x\"}")
        .getStatusCode().value()).as("sales may not block").isEqualTo(403);
    assertThat(Api.as(rest, "fiona").post("/api/customers/" + code + "/block", "{}").getStatusCode().value())
        .as("no reason").isEqualTo(400);
    assertThat(Api.as(rest, "fiona").post("/api/customers/" + code + "/block", "{\"reason\": \"Cheque bounced\"}")
        .getBody()).containsEntry("blocked", true);
    assertThat(Api.as(rest, "fiona").post("/api/customers/" + code + "/unblock", "{\"reason\": \"Paid in cash\"}")
        .getBody()).containsEntry("blocked", false);
  }

  @Test
  void aSmallChangeAppliesAtOnceALargeIncreaseNeedsFinanceThenASalesManager() {
    String code = created("Credit " + UUID.randomUUID());

    ResponseEntity<Map> small = Api.as(rest, "fiona").post("/api/customers/" + code + "/credit-limit",
        "{\"creditLimit\": 40000, \"reason\": \"First orders\"}", UUID.randomUUID().toString());
    assertThat(small.getStatusCode().value()).as(String.valueOf(small.getBody())).isEqualTo(200);
    assertThat(small.getBody()).containsEntry("status", "APPLIED");
    assertThat(limit(code)).isEqualTo(40000.0);

    String key = UUID.randomUUID().toString();
    ResponseEntity<Map> large = Api.as(rest, "mike").post("/api/customers/" + code + "/credit-limit",
        "{\"creditLimit\": 300000, \"reason\": \"Framework agreement signed\"}", key);
    assertThat(large.getStatusCode().value()).isEqualTo(202);
    assertThat(large.getBody()).containsEntry("status", "PENDING_APPROVAL");
    String number = (String) large.getBody().get("number");
    assertThat(Api.as(rest, "mike").post("/api/customers/" + code + "/credit-limit",
        "{\"creditLimit\": 300000, \"reason\": \"Framework agreement signed\"}", key).getBody())
        .as("the same request again").containsEntry("number", number);
    assertThat(limit(code)).as("not before approval").isEqualTo(40000.0);

    EngineRest.as(rest, "fiona", engine.getName()).completeTask(number, "Task_ApproveCreditLimitFinance",
        Map.of("creditLimitDecision", "approve"));
    String managerStep = EngineRest.as(rest, "nina", engine.getName()).awaitTask(number, "Task_ApproveCreditLimitManager");
    assertThat(EngineRest.as(rest, "mike", engine.getName()).openTaskId(number, "Task_ApproveCreditLimitManager"))
        .as("mike asked, so he does not see the step").isNull();
    EngineRest.as(rest, "nina", engine.getName()).complete(managerStep, Map.of("creditLimitDecision", "approve"));

    assertThat(limit(code)).isEqualTo(300000.0);
    assertThat(Api.as(rest, "audrey").getList("/api/customers/" + code + "/credit-limit-requests"))
        .extracting(r -> r.get("number") + " " + r.get("status") + " " + r.get("decidedBy"))
        .containsExactly(number + " APPROVED nina", small.getBody().get("number") + " APPLIED null");
  }

  @Test
  void financeRefusesALargeIncreaseAndTheLimitStays() {
    String code = created("Refused credit " + UUID.randomUUID());
    String number = (String) Api.as(rest, "mike").post("/api/customers/" + code + "/credit-limit",
        "{\"creditLimit\": 500000, \"reason\": \"Big plans\"}", UUID.randomUUID().toString()).getBody().get("number");

    EngineRest.as(rest, "fiona", engine.getName()).completeTask(number, "Task_ApproveCreditLimitFinance",
        Map.of("creditLimitDecision", "reject", "creditLimitNote", "No payment history yet"));

    assertThat(limit(code)).isEqualTo(0.0);
    assertThat(Api.as(rest, "fiona").getList("/api/customers/" + code + "/credit-limit-requests")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("status", "REFUSED").containsEntry("decidedBy", "fiona")
            .containsEntry("decisionNote", "No payment history yet"));
  }

  private double limit(String code) {
    return ((Number) Api.as(rest, "fiona").get("/api/customers/" + code).getBody().get("creditLimit")).doubleValue();
  }
}
