package org.ordertocash.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.document.Document;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentRepository;
import org.ordertocash.document.DocumentService;
import org.ordertocash.document.TestPdfs;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderQueryService;
import org.ordertocash.order.OrderRepository;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** /api/contracts: who may call what, unknown ids, wrong states, bad input, idempotent signatures. */
@AppTest
class ContractApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired OrderRepository orders;
  @Autowired OrderLifecycle lifecycle;
  @Autowired DocumentRepository documents;
  @Autowired OrderQueryService queries;

  @Autowired JdbcClient jdbc;

  ContractScenario scenario;
  String customer;

  @BeforeEach
  void setUp() {
    customer = TestCustomers.established(jdbc);
    scenario = new ContractScenario(rest, taskService, runtimeService, identityService, orders, lifecycle, customer);
  }

  @AfterEach
  void tearDown() {
    scenario.cleanUp();
  }

  static String json(String signedBy, String signedOn, String sha) {
    return "{\"signedBy\": " + quoted(signedBy) + ", \"signedOn\": " + quoted(signedOn) + ", \"documentSha256\": "
        + quoted(sha) + "}";
  }

  static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  ResponseEntity<Map> post(String user, String contract, String body) {
    return Api.as(rest, user).post("/api/contracts/" + contract + "/signature", body);
  }

  ResponseEntity<Map> postPdf(String user, String contract, byte[] pdf, String query) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.setBasicAuth(user, "demo");
    return rest.exchange("/api/contracts/" + contract + "/signature" + query, HttpMethod.POST,
        new HttpEntity<>(pdf, headers), Map.class);
  }

  static void assertBadRequest(ResponseEntity<Map> response, String field, String message) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("status", 400);
    assertThat(response.getBody().toString()).contains(field, message).doesNotContain("Exception", "at org.");
  }

  /** A signed copy as the customer scans it back: a PDF of its own, padded beyond the 64 KB JSON limit. */
  static byte[] signedCopy(String contract) {
    byte[] pdf = TestPdfs.begin("Signed " + contract, TestPdfs.DEFAULTS.labels(), Instant.now())
        .title("Contract " + contract).paragraph("Signed: Li Wei").build();
    byte[] padded = Arrays.copyOf(pdf, pdf.length + 100_000);
    Arrays.fill(padded, pdf.length, padded.length, (byte) '\n');
    return padded;
  }

  @Test
  void unknownContractsAndOrdersAre404AndOnlyStaffAndAuditorsRead() {
    assertThat(Api.as(rest, "audrey").get("/api/contracts/CT-2026-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "audrey").get("/api/contracts/CT-2026-999999").getBody())
        .containsEntry("message", "No contract CT-2026-999999");
    assertThat(Api.as(rest, "walter").get("/api/contracts?orderNumber=SO-2026-999999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "walter").get("/api/contracts").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "paula").get("/api/contracts/CT-2026-999999").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.anonymous(rest).get("/api/contracts/CT-2026-999999").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    String sha = "a".repeat(64);
    assertThat(post("sally", "CT-2026-999999", json("Li Wei", LocalDate.now().toString(), sha)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("walter", "CT-2026-999999", json("Li Wei", LocalDate.now().toString(), sha)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("audrey", "CT-2026-999999", json("Li Wei", LocalDate.now().toString(), sha)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoRacingPostsOfTheSameSignatureRecordItOnce() throws Exception {
    String order = scenario.contractAwaitingTheCustomer();
    Map<String, Object> sent = scenario.contractOf(order);
    String contract = (String) sent.get("number");
    String sha = (String) ((List<Map<String, Object>>) sent.get("versions")).get(0).get("sha256");
    String body = json("Li Wei", LocalDate.now().toString(), sha);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ResponseEntity<Map>>> posts = new ArrayList<>();
      for (String user : List.of("sally", "carol")) {
        posts.add(pool.submit(() -> {
          start.await();
          return post(user, contract, body);
        }));
      }
      start.countDown();
      List<ResponseEntity<Map>> answers = new ArrayList<>();
      for (Future<ResponseEntity<Map>> post : posts) {
        answers.add(post.get(60, TimeUnit.SECONDS));
      }

      assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.OK);
      assertThat(answers).extracting(a -> a.getHeaders().getFirst("Idempotent-Replayed"))
          .containsExactlyInAnyOrder("false", "true");
    } finally {
      pool.shutdownNow();
    }
    // signed; shipping starts right after in a job of its own
    assertThat(scenario.status(order)).isIn(OrderStatus.CONTRACT_SIGNED, OrderStatus.SHIPPING);
    assertThat(queries.view(order).statusHistory())
        .filteredOn(change -> change.status() == OrderStatus.CONTRACT_SIGNED).hasSize(1);
  }

  @Test
  void aContractNotYetSentCannotBeSigned() {
    String order = scenario.orderNeedingAContract();
    Map<String, Object> contract = scenario.contractOf(order);
    assertThat(Api.as(rest, "walter").get("/api/contracts/" + contract.get("number")).getBody())
        .containsEntry("status", "DRAFTED").containsEntry("orderNumber", order);

    ResponseEntity<Map> response = post("sally", (String) contract.get("number"),
        json("Li Wei", LocalDate.now().toString(), "a".repeat(64)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody().get("message").toString()).contains("is DRAFTED", "does not await");
    assertThat(scenario.status(order)).isEqualTo(OrderStatus.IN_CONTRACT);
  }

  @Test
  @SuppressWarnings("unchecked")
  void signatureIsValidatedThenRecordedOnceWithTheSignedPdf() {
    String order = scenario.contractAwaitingTheCustomer();
    Map<String, Object> sent = scenario.contractOf(order);
    String contract = (String) sent.get("number");
    String sha = (String) ((List<Map<String, Object>>) sent.get("versions")).get(0).get("sha256");
    String today = LocalDate.now().toString();

    assertBadRequest(post("sally", contract, json(null, today, sha)), "signedBy", "is required");
    assertBadRequest(post("sally", contract, json(" ", today, sha)), "signedBy", "is required");
    assertBadRequest(post("sally", contract, json("x".repeat(201), today, sha)), "signedBy", "at most 200");
    assertBadRequest(post("sally", contract, json("Li Wei", null, sha)), "signedOn", "is required");
    assertBadRequest(post("sally", contract, json("Li Wei", "20.11.2026", sha)), "signedOn", "yyyy-MM-dd");
    assertBadRequest(post("sally", contract, json("Li Wei", LocalDate.now().plusDays(1).toString(), sha)),
        "signedOn", "in the future");
    assertBadRequest(post("sally", contract, json("Li Wei", LocalDate.now().minusDays(1).toString(), sha)),
        "signedOn", "before the contract was sent");
    assertBadRequest(post("sally", contract, json("Li Wei", today, null)), "documentSha256", "is required");
    assertBadRequest(post("sally", contract, json("Li Wei", today, "not-a-hash")), "documentSha256", "64 hexadecimal");
    assertBadRequest(post("sally", contract, json("Li Wei", today, "0".repeat(64))), "documentSha256",
        "does not match the SHA-256 of version 1");
    ResponseEntity<Map> malformed = post("sally", contract, "{\"signedBy\": ");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody().get("message").toString()).startsWith("Malformed JSON");
    ResponseEntity<Map> oversized = post("sally", contract, json("x".repeat(70_000), today, sha));
    assertThat(oversized.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(oversized.getBody().get("message").toString()).contains("too large", "65536");

    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    text.setBasicAuth("sally", "demo");
    ResponseEntity<Map> unsupported = rest.exchange("/api/contracts/" + contract + "/signature", HttpMethod.POST,
        new HttpEntity<>("signed", text), Map.class);
    assertThat(unsupported.getStatusCode()).as("%s", unsupported.getBody()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(String.valueOf(unsupported.getBody())).doesNotContain("Exception", "at org.");

    String who = "?signedBy=Li Wei&signedOn=" + today;
    assertBadRequest(postPdf("sally", contract, "GIF89a not a pdf".getBytes(), who), "signedPdf", "not a PDF");
    assertBadRequest(postPdf("sally", contract, new byte[0], who), "signedPdf", "signed PDF");
    assertBadRequest(postPdf("sally", contract, signedCopy(contract), "?signedOn=" + today), "signedBy", "is required");
    assertBadRequest(postPdf("sally", contract, signedCopy(contract), who + "&documentSha256=" + "1".repeat(64)),
        "documentSha256", "does not match");
    assertThat(scenario.contractOf(order)).containsEntry("status", "AWAITING_CUSTOMER_SIGNATURE").containsEntry("signature", null);
    assertThat(documents.findByKindAndReferenceAndVersion(DocumentKind.SIGNED_CONTRACT, contract, 1)).isEmpty();

    byte[] signedCopy = signedCopy(contract);
    ResponseEntity<Map> signed = postPdf("carol", contract, signedCopy, who + "&documentSha256=" + sha.toUpperCase());

    assertThat(signed.getStatusCode()).as("%s", signed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(signed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    Map<String, Object> signature = (Map<String, Object>) signed.getBody().get("signature");
    assertThat(signature).containsEntry("signedBy", "Li Wei").containsEntry("signedOn", today)
        .containsEntry("documentSha256", sha).containsEntry("recordedBy", "carol");
    Document archived = documents.findById(((Number) signature.get("signedDocumentId")).longValue()).orElseThrow();
    assertThat(archived.getKind()).isEqualTo(DocumentKind.SIGNED_CONTRACT);
    assertThat(archived.getSha256()).isEqualTo(DocumentService.sha256(signedCopy));
    assertThat(archived.getSizeBytes()).isGreaterThan(65536);
    // signed; shipping starts right after in a job of its own
    assertThat(scenario.status(order)).isIn(OrderStatus.CONTRACT_SIGNED, OrderStatus.SHIPPING);

    ResponseEntity<Map> replayed = postPdf("carol", contract, signedCopy, who);
    assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    ResponseEntity<Map> sameAsJson = post("sally", contract, json("Li Wei", today, sha));
    assertThat(sameAsJson.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sameAsJson.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");

    ResponseEntity<Map> otherSigner = post("sally", contract, json("Wang Fang", today, sha));
    assertThat(otherSigner.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(otherSigner.getBody().get("message").toString()).contains("already signed by Li Wei");
    ResponseEntity<Map> otherCopy = postPdf("carol", contract, signedCopy("another scan"), who);
    assertThat(otherCopy.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(documents.findByOrderNumberOrderById(order).stream()
        .filter(d -> d.getKind() == DocumentKind.SIGNED_CONTRACT).count()).isEqualTo(1);
  }
}
