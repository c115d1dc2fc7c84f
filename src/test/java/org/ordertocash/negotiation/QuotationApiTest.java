package org.ordertocash.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The quotation API: recording the customer's answer (validation, wrong state, idempotent
 * repeats, conflicting answers, who may) and reading quotations, versions and their differences.
 */
@AppTest
class QuotationApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired QuotationRepository quotations;

  NegotiationDriver driver;

  @BeforeEach
  void setUp() {
    NegotiationDriver.ensureContractSigningExists(repositoryService);
    driver = new NegotiationDriver(rest, taskService, runtimeService, identityService);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  /** An order in negotiation whose first quotation version (1,200.00 per desk, rep alone) was sent. */
  String[] sentQuotation() {
    String order = driver.enterDeepDiscountOrder();
    driver.prepare(order);
    driver.propose(order, "1200.00", "NET_30");
    driver.awaitQuotationSent(order);
    return new String[] {order, driver.quotationNumber(order)};
  }

  ResponseEntity<Map> respond(String user, String quotation, String json) {
    return Api.as(rest, user).post("/api/quotations/" + quotation + "/response", json);
  }

  @SuppressWarnings("unchecked")
  static List<String> fields(ResponseEntity<Map> response) {
    return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
        .map(e -> (String) e.get("field")).toList();
  }

  @Test
  void unknownQuotationIs404Everywhere() {
    Api audrey = Api.as(rest, "audrey");
    assertThat(audrey.get("/api/quotations/QT-1999-999999").getStatusCode().value()).isEqualTo(404);
    assertThat(audrey.get("/api/quotations/QT-1999-999999/versions").getStatusCode().value()).isEqualTo(404);
    assertThat(audrey.get("/api/quotations/QT-1999-999999/diff?from=1&to=2").getStatusCode().value()).isEqualTo(404);
    ResponseEntity<Map> response = respond("sally", "QT-1999-999999", "{\"decision\": \"ACCEPT\", \"version\": 1}");
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getBody()).containsEntry("message", "No quotation QT-1999-999999");
  }

  @Test
  void badAnswersAre400AndRecordNothing() {
    String[] sent = sentQuotation();
    String quotation = sent[1];

    ResponseEntity<Map> missing = respond("sally", quotation, "{}");
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertThat(fields(missing)).contains("decision", "version");

    ResponseEntity<Map> zeroPrice = respond("sally", quotation,
        "{\"decision\": \"COUNTER\", \"version\": 1, \"lines\": [{\"lineNo\": 1, \"unitPrice\": 0}]}");
    assertThat(zeroPrice.getStatusCode().value()).isEqualTo(400);
    assertThat(fields(zeroPrice)).containsExactly("lines[0].unitPrice");

    ResponseEntity<Map> negative = respond("sally", quotation,
        "{\"decision\": \"COUNTER\", \"version\": 1, \"lines\": [{\"lineNo\": 1, \"unitPrice\": -10}]}");
    assertThat(fields(negative)).containsExactly("lines[0].unitPrice");

    ResponseEntity<Map> tooPrecise = respond("sally", quotation,
        "{\"decision\": \"COUNTER\", \"version\": 1, \"lines\": [{\"lineNo\": 1, \"unitPrice\": 10.123}]}");
    assertThat(fields(tooPrecise)).containsExactly("lines[0].unitPrice");

    ResponseEntity<Map> unknownLine = respond("sally", quotation,
        "{\"decision\": \"COUNTER\", \"version\": 1, \"lines\": [{\"lineNo\": 7, \"unitPrice\": 1000}]}");
    assertThat(unknownLine.getStatusCode().value()).isEqualTo(400);
    assertThat(fields(unknownLine)).containsExactly("lines[0].lineNo");

    ResponseEntity<Map> twice = respond("sally", quotation,
        "{\"decision\": \"COUNTER\", \"version\": 1, \"lines\": [{\"lineNo\": 1, \"unitPrice\": 1000}, {\"lineNo\": 1, \"unitPrice\": 900}]}");
    assertThat(fields(twice)).containsExactly("lines[1].lineNo");

    assertThat(fields(respond("sally", quotation, "{\"decision\": \"COUNTER\", \"version\": 1}"))).containsExactly("lines");
    assertThat(fields(respond("sally", quotation, "{\"decision\": \"REJECT\", \"version\": 1}"))).containsExactly("reason");
    assertThat(fields(respond("sally", quotation,
        "{\"decision\": \"ACCEPT\", \"version\": 1, \"lines\": [{\"lineNo\": 1, \"unitPrice\": 1000}]}"))).containsExactly("lines");
    assertThat(fields(respond("sally", quotation, "{\"decision\": \"ACCEPT\", \"version\": 5}"))).containsExactly("version");
    assertThat(fields(respond("sally", quotation, "{\"decision\": \"MAYBE\", \"version\": 1}"))).containsExactly("decision");
    assertThat(respond("sally", quotation, "{\"decision\": ").getStatusCode().value()).isEqualTo(400);

    assertThat(Api.as(rest, "audrey").get("/api/quotations/" + quotation).getBody())
        .containsEntry("status", "SENT").containsEntry("awaitingAnswer", true);
  }

  @Test
  void onlyStaffWhoDealWithCustomersRecordAnswersAndReadersRead() {
    String quotation = sentQuotation()[1];

    assertThat(respond("walter", quotation, "{\"decision\": \"ACCEPT\", \"version\": 1}").getStatusCode().value()).isEqualTo(403);
    assertThat(respond("audrey", quotation, "{\"decision\": \"ACCEPT\", \"version\": 1}").getStatusCode().value()).isEqualTo(403);
    assertThat(respond("paula", quotation, "{\"decision\": \"ACCEPT\", \"version\": 1}").getStatusCode().value()).isEqualTo(403);
    assertThat(Api.anonymous(rest).get("/api/quotations/" + quotation).getStatusCode().value()).isEqualTo(401);
    assertThat(Api.as(rest, "paula").get("/api/quotations/" + quotation).getStatusCode().value()).isEqualTo(403);
    for (String reader : List.of("audrey", "walter", "fiona", "larry", "carol", "sally", "mike")) {
      assertThat(Api.as(rest, reader).get("/api/quotations/" + quotation).getStatusCode().value())
          .as(reader).isEqualTo(200);
      assertThat(Api.as(rest, reader).getText("/api/quotations/" + quotation + "/versions").getStatusCode().value())
          .as(reader).isEqualTo(200);
    }
  }

  @Test
  void sameAnswerTwiceIsIdempotentAndADifferentOneConflicts() {
    String quotation = sentQuotation()[1];

    ResponseEntity<Map> first = respond("sally", quotation, "{\"decision\": \"REJECT\", \"version\": 1, \"reason\": \"Too expensive\"}");
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");

    ResponseEntity<Map> again = respond("carol", quotation, "{\"decision\": \"REJECT\", \"version\": 1, \"reason\": \" Too expensive \"}");
    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getBody()).containsEntry("recordedBy", "sally").containsEntry("decision", "REJECT")
        .containsEntry("recordedAt", first.getBody().get("recordedAt"));

    ResponseEntity<Map> different = respond("sally", quotation, "{\"decision\": \"ACCEPT\", \"version\": 1}");
    assertThat(different.getStatusCode().value()).isEqualTo(409);
    assertThat((String) different.getBody().get("message")).contains("already recorded", "REJECT");

    assertThat(Api.as(rest, "audrey").get("/api/quotations/" + quotation).getBody()).containsEntry("status", "REJECTED");
  }

  @Test
  void aVersionThatAwaitsNoAnswerIs409() {
    String[] sent = sentQuotation();
    String order = sent[0];
    String quotation = sent[1];
    assertThat(respond("sally", quotation,
        "{\"decision\": \"COUNTER\", \"version\": 1, \"lines\": [{\"lineNo\": 1, \"unitPrice\": 1000}]}").getStatusCode().value())
        .isEqualTo(201);
    // version 2 at 35 % below list waits for two sales managers: a draft, nothing sent yet
    driver.propose(order, "844.35", "NET_30");
    driver.awaitTask(order, "Task_ApproveQuotation");

    ResponseEntity<Map> draft = respond("sally", quotation, "{\"decision\": \"ACCEPT\", \"version\": 2}");
    assertThat(draft.getStatusCode().value()).isEqualTo(409);
    assertThat((String) draft.getBody().get("message")).contains(quotation + "/v2 is DRAFT", "not awaiting");
    ResponseEntity<Map> old = respond("sally", quotation, "{\"decision\": \"ACCEPT\", \"version\": 1}");
    assertThat(old.getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void cancellingTheOrderWithdrawsTheQuotationSoNoAnswerCanBeRecorded() {
    String[] sent = sentQuotation();
    String order = sent[0];
    String quotation = sent[1];

    assertThat(Api.as(rest, "sally").post("/api/orders/" + order + "/cancel", "{\"reason\": \"Customer went elsewhere\"}")
        .getStatusCode().value()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        Api.as(rest, "audrey").get("/api/quotations/" + quotation).getBody()).containsEntry("status", "WITHDRAWN"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(order).count()).isZero();
    ResponseEntity<Map> late = respond("sally", quotation, "{\"decision\": \"ACCEPT\", \"version\": 1}");
    assertThat(late.getStatusCode().value()).isEqualTo(409);
    assertThat((String) late.getBody().get("message")).contains("WITHDRAWN");
  }

  @Test
  @SuppressWarnings("unchecked")
  void counterOfferBecomesTheNextVersionsStartAndVersionsCanBeCompared() {
    String[] sent = sentQuotation();
    String order = sent[0];
    String quotation = sent[1];

    assertThat(respond("carol", quotation,
        "{\"decision\": \"COUNTER\", \"version\": 1, \"lines\": [{\"lineNo\": 1, \"unitPrice\": 1150.00}], \"reason\": \"Budget\"}")
        .getStatusCode().value()).isEqualTo(201);
    // the next proposal starts from the customer's price
    var propose = driver.awaitTask(order, "Task_ProposeQuotation");
    assertThat(String.valueOf(taskService.getVariable(propose.getId(), "quotationLines"))).contains("1150");
    driver.propose(order, "1150.00", "NET_60");
    // NET_60 is beyond C-1001's default NET_30: finance approves
    driver.complete("fiona", "finance", driver.awaitTask(order, "Task_ApproveQuotation"), Map.of("approvalDecision", "approve"));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        "SENT".equals(Api.as(rest, "audrey").get("/api/quotations/" + quotation).getBody().get("status"))
            && Integer.valueOf(2).equals(Api.as(rest, "audrey").get("/api/quotations/" + quotation).getBody().get("currentVersion")));

    ResponseEntity<List> versions = rest.exchange("/api/quotations/" + quotation + "/versions",
        org.springframework.http.HttpMethod.GET, auditor(), List.class);
    assertThat(versions.getBody()).hasSize(2);
    Map<String, Object> v1 = (Map<String, Object>) versions.getBody().get(0);
    Map<String, Object> v2 = (Map<String, Object>) versions.getBody().get(1);
    assertThat(v1).containsEntry("status", "COUNTERED").containsEntry("approvalRoute", "REP_ONLY");
    assertThat((Map<String, Object>) v1.get("response")).containsEntry("decision", "COUNTER").containsEntry("recordedBy", "carol");
    assertThat(v2).containsEntry("status", "SENT").containsEntry("paymentTerms", "NET_60").containsEntry("financeApproval", true);
    assertThat((List<Map<String, Object>>) v2.get("approvals")).singleElement()
        .satisfies(a -> assertThat(a).containsEntry("step", "FINANCE").containsEntry("approver", "fiona"));

    ResponseEntity<Map> diff = Api.as(rest, "audrey").get("/api/quotations/" + quotation + "/diff?from=1&to=2");
    assertThat(diff.getStatusCode().value()).isEqualTo(200);
    assertThat((Map<String, Object>) diff.getBody().get("paymentTerms"))
        .containsEntry("from", "NET_30").containsEntry("to", "NET_60").containsEntry("changed", true);
    Map<String, Object> line = ((List<Map<String, Object>>) diff.getBody().get("lines")).get(0);
    assertThat((Map<String, Object>) line.get("unitPrice")).containsEntry("from", 1200.0).containsEntry("to", 1150.0)
        .containsEntry("changed", true);
    assertThat((Map<String, Object>) line.get("quantity")).containsEntry("changed", false);

    assertThat(Api.as(rest, "audrey").get("/api/quotations/" + quotation + "/diff?from=1&to=9").getStatusCode().value()).isEqualTo(404);
    assertThat(Api.as(rest, "audrey").get("/api/quotations/" + quotation + "/diff?from=0&to=2").getStatusCode().value()).isEqualTo(400);
    assertThat(Api.as(rest, "audrey").get("/api/quotations/" + quotation + "/diff?from=x&to=2").getStatusCode().value()).isEqualTo(400);
    assertThat(Api.as(rest, "audrey").get("/api/quotations/" + quotation + "/diff?from=1").getStatusCode().value()).isEqualTo(400);

    // the customer accepts version 2; repeating it changes nothing
    assertThat(respond("sally", quotation, "{\"decision\": \"ACCEPT\", \"version\": 2}").getStatusCode().value()).isEqualTo(201);
    assertThat(respond("sally", quotation, "{\"decision\": \"ACCEPT\", \"version\": 2}").getStatusCode().value()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        Api.as(rest, "audrey").get("/api/orders/" + order).getBody().get("status")).isNotEqualTo("IN_NEGOTIATION"));
  }

  private org.springframework.http.HttpEntity<Void> auditor() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth("audrey", "demo");
    return new org.springframework.http.HttpEntity<>(headers);
  }
}
