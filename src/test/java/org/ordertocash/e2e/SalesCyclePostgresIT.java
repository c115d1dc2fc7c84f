package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ordertocash.shipment.StockFixtures;
import org.ordertocash.shipment.StockReservationService;
import org.ordertocash.shipment.StockReservationService.ReservationResult;
import org.ordertocash.support.Api;
import org.ordertocash.support.Auditor;
import org.ordertocash.support.EngineRest;
import org.ordertocash.support.LocalPostgres;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole sales cycle on the real local PostgreSQL (a database of its own, created and dropped
 * here): a deeply discounted order is negotiated, confirmed, put into a contract, signed, shipped
 * and delivered, invoiced and paid in two parts, driven only through /api and /engine-rest as the
 * demo users would. Plus the race for the last units of stock, which only a real database's row
 * locking can show.
 */
@ExtendWith(LocalPostgres.PerTestClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // The engine keeps its production name "default": /engine-rest without /engine/{name} finds it.
    properties = {"camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=1000"})
@ActiveProfiles({"postgres", "dev"})
@DirtiesContext
@SuppressWarnings({"unchecked", "rawtypes"})
class SalesCyclePostgresIT {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final ExecutorService THREADS = Executors.newFixedThreadPool(3);

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired StockReservationService reservations;
  @Autowired PlatformTransactionManager transactions;

  /** Unique per run, so idempotency keys never meet those of another run or test. */
  final String run = UUID.randomUUID().toString().substring(0, 8);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    LocalPostgres.datasourceFor(registry);
  }

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  @Test
  void negotiatedOrderIsSignedShippedAndDelivered() {
    EngineRest sally = EngineRest.as(rest, "sally");
    EngineRest mike = EngineRest.as(rest, "mike");
    EngineRest nina = EngineRest.as(rest, "nina");

    // ---- intake: 3 standing desks (list 1,299.00) at 800.00, 38 % below list: negotiate
    String customer = TestCustomers.established(jdbc);
    String body = """
        {"customerCode": "%s", "channel": "PHONE",
         "lines": [{"sku": "P-200", "quantity": 3, "unitPrice": 800.00}],
         "requestedDeliveryDate": "%s"}
        """.formatted(customer, LocalDate.now().plusDays(30));
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", body, "e2e-sales-cycle-" + run);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("number");

    // ---- negotiation
    sally.awaitTask(number, "Task_PrepareNegotiation");
    assertThat(audrey().order(number)).containsEntry("status", "IN_NEGOTIATION");
    sally.completeTask(number, "Task_PrepareNegotiation", Map.of("targetPrice", 3300, "bottomLine", 2700,
        "negotiationTeam", List.of("sally", "fiona"), "negotiationMaterials", "Price comparison"));
    // 900.00 is 30.72 % below list: the sales director route, two different sales managers in turn
    sally.completeTask(number, "Task_ProposeQuotation", Map.of(
        "quotationLines", List.of(Map.of("lineNo", 1, "sku", "P-200", "unitPrice", new BigDecimal("900.00"))),
        "proposedPaymentTerms", "NET_30", "proposalNote", "Three desks for the new office"));

    String firstApproval = mike.awaitTask(number, "Task_ApproveQuotation");
    assertThat(sally.openTaskId(number, "Task_ApproveQuotation")).as("the proposer does not see it").isNull();
    assertThat(mike.complete(firstApproval, Map.of("approvalDecision", "approve")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    String secondApproval = nina.awaitTask(number, "Task_ApproveQuotation");
    assertThat(mike.openTaskId(number, "Task_ApproveQuotation")).as("the first approver does not see it").isNull();
    ResponseEntity<String> refused = mike.complete(secondApproval, Map.of("approvalDecision", "approve"));
    assertThat(refused.getStatusCode().is4xxClientError()).as("mike approving twice: %s", refused).isTrue();
    assertThat(nina.openTaskId(number, "Task_ApproveQuotation")).as("still open after the refusal").isEqualTo(secondApproval);
    assertThat(nina.complete(secondApproval, Map.of("approvalDecision", "approve")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> quotationMail = await().atMost(PATIENCE).until(() -> audrey().messages(number).stream()
        .filter(m -> "QUOTATION".equals(m.get("type"))).findFirst().orElse(null), m -> m != null);
    Map<String, Object> quotationPdf = (Map<String, Object>) quotationMail.get("attachment");
    assertThat(quotationPdf).containsEntry("kind", "QUOTATION").containsEntry("mediaType", "application/pdf")
        .containsEntry("version", 1);
    String quotation = (String) quotationPdf.get("reference");
    assertThat(quotation).matches("QT-\\d{4}-\\d{6}");
    assertThat((String) quotationMail.get("subject")).contains(quotation);
    assertThat(pdf((String) quotationPdf.get("href"))).startsWith("%PDF-");

    String accept = "{\"decision\": \"ACCEPT\", \"version\": 1}";
    ResponseEntity<Map> accepted = await().atMost(PATIENCE).until(
        () -> Api.as(rest, "carol").post("/api/quotations/" + quotation + "/response", accept),
        answer -> answer.getStatusCode().value() != 409); // 409 only while the quotation is still being sent
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map> acceptedAgain = Api.as(rest, "carol").post("/api/quotations/" + quotation + "/response", accept);
    assertThat(acceptedAgain.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(acceptedAgain.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");

    // ---- second review approves the agreed order by itself; agreed terms need a contract
    sally.awaitTask(number, "Task_DraftContract");
    Map<String, Object> agreed = audrey().order(number);
    assertThat(agreed).containsEntry("status", "IN_CONTRACT").containsEntry("agreedQuotation", quotation + "/v1");
    assertThat(new BigDecimal(String.valueOf(agreed.get("totalAmount")))).isEqualByComparingTo("2700.00");

    // ---- contract signing
    String contract = (String) Api.as(rest, "audrey").getList("/api/contracts?orderNumber=" + number).get(0).get("number");
    assertThat(contract).matches("CT-\\d{4}-\\d{6}");
    Map<String, Object> terms = new HashMap<>(Map.of("paymentTerms", "NET_30",
        "deliveryDate", LocalDate.now().plusDays(30).toString(), "penaltyPercentPerWeek", 0.5, "penaltyCapPercent", 5.0));
    terms.put("specialClauses", null);
    sally.completeTask(number, "Task_DraftContract", terms);

    EngineRest larry = EngineRest.as(rest, "larry");
    String legalReview = larry.awaitTask(number, "Task_ReviewLegal");
    String riskLevel = (String) larry.variables(legalReview).get("riskLevel");
    // Net 30, a tenth of a percent of a 10-million credit limit, a small order: nothing scores.
    assertThat(riskLevel).isEqualTo("LOW");
    larry.completeTask(number, "Task_ReviewLegal", Map.of("legalDecision", "approve"));
    EngineRest.as(rest, "fiona").completeTask(number, "Task_ReviewRisk", Map.of("riskDecision", "approve"));
    String signature = mike.awaitTask(number, "Task_SignInternally");
    assertThat(sally.complete(signature, Map.of("internalSignatureDecision", "sign")).getStatusCode().is4xxClientError())
        .as("the drafter does not sign").isTrue();
    assertThat(mike.complete(signature, Map.of("internalSignatureDecision", "sign")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> sent = await().atMost(PATIENCE).until(() -> Api.as(rest, "carol").get("/api/contracts/" + contract)
        .getBody(), c -> "AWAITING_CUSTOMER_SIGNATURE".equals(c.get("status")));
    assertThat(sent).containsEntry("draftedBy", "sally").containsEntry("internalSignatory", "mike")
        .containsEntry("riskLevel", riskLevel);
    int current = (Integer) sent.get("currentVersion");
    String sha = (String) ((List<Map<String, Object>>) sent.get("versions")).stream()
        .filter(v -> v.get("version").equals(current)).findFirst().orElseThrow().get("sha256");
    assertThat(sha).matches("[0-9a-f]{64}");

    String signatureJson = """
        {"signedBy": "Li Wei", "signedOn": "%s", "documentSha256": "%s"}
        """.formatted(LocalDate.now(), sha);
    ResponseEntity<Map> signed = Api.as(rest, "carol").post("/api/contracts/" + contract + "/signature", signatureJson);
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(signed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(signed.getBody()).containsEntry("status", "SIGNED");
    ResponseEntity<Map> signedAgain = Api.as(rest, "carol").post("/api/contracts/" + contract + "/signature", signatureJson);
    assertThat(signedAgain.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(signedAgain.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");

    // ---- shipment
    EngineRest walter = EngineRest.as(rest, "walter");
    String plan = walter.awaitTask(number, "Task_PlanShipment");
    String shipment = (String) walter.variables(plan).get("shipmentNumber");
    assertThat(shipment).matches("SH-\\d{4}-\\d{6}");
    Map<String, Object> planned = new HashMap<>();
    planned.put("plannedShipDate", LocalDate.now().toString());
    planned.put("shippingMethod", "CARRIER");
    planned.put("carrier", "SF Express");
    planned.put("carrierService", "EXPRESS");
    planned.put("packages", 3L);
    planned.put("weightKg", 96.0);
    assertThat(walter.complete(plan, planned).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    walter.completeTask(number, "Task_PickPackShip", Map.of("picked", true, "packed", true, "labelled", true,
        "trackingNumber", "SF-" + run));

    Map<String, Object> shipped = await().atMost(PATIENCE).until(() -> Api.as(rest, "audrey")
        .get("/api/shipments/" + shipment).getBody(), s -> "SHIPPED".equals(s.get("status")));
    assertThat(shipped).containsEntry("orderNumber", number).containsEntry("trackingNumber", "SF-" + run);
    Map<String, Object> note = (Map<String, Object>) shipped.get("deliveryNote");
    assertThat(note).isNotNull();
    assertThat(pdf((String) note.get("href"))).startsWith("%PDF-");
    List<Map<String, Object>> documents = Api.as(rest, "audrey").getList("/api/documents?orderNumber=" + number);
    assertThat(documents).extracting(d -> d.get("kind")).contains("QUOTATION", "CONTRACT", "DELIVERY_NOTE");
    assertThat(documents).filteredOn(d -> "DELIVERY_NOTE".equals(d.get("kind"))).singleElement()
        .satisfies(d -> assertThat(d).containsEntry("id", note.get("documentId")).containsEntry("createdBy", "walter"));

    // ---- the carrier's tracking events
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ResponseEntity<Map> pickedUp = event(shipment, "PICKED_UP", now.minusSeconds(50 * 60), "E1-" + run);
    assertThat(pickedUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(pickedUp.getBody()).containsEntry("duplicate", false).containsEntry("shipmentStatus", "PICKED_UP");
    ResponseEntity<Map> inTransit = event(shipment, "IN_TRANSIT", now.minusSeconds(40 * 60), "E2-" + run);
    assertThat(inTransit.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(inTransit.getBody()).containsEntry("shipmentStatus", "IN_TRANSIT");
    ResponseEntity<Map> duplicate = event(shipment, "IN_TRANSIT", now.minusSeconds(40 * 60), "E2-" + run);
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(duplicate.getBody()).containsEntry("duplicate", true).containsEntry("shipmentStatus", "IN_TRANSIT");
    ResponseEntity<Map> late = event(shipment, "PICKED_UP", now.minusSeconds(45 * 60), "E0-" + run);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(late.getBody()).containsEntry("duplicate", false).containsEntry("shipmentStatus", "IN_TRANSIT");
    assertThat((Map<String, Object>) late.getBody().get("event")).containsEntry("applied", false);
    ResponseEntity<Map> delivered = event(shipment, "DELIVERED", now.minusSeconds(5 * 60), "E3-" + run);
    assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(delivered.getBody()).containsEntry("shipmentStatus", "DELIVERED");

    assertThat(Api.as(rest, "audrey").getList("/api/shipments/" + shipment + "/events"))
        .extracting(e -> e.get("type") + ":" + e.get("applied"))
        .containsExactly("PICKED_UP:true", "PICKED_UP:false", "IN_TRANSIT:true", "DELIVERED:true");

    // ---- the order is delivered and invoiced: one invoice for the shipment, VAT at 13 %
    List<Map<String, Object>> invoices = await().atMost(PATIENCE).until(
        () -> Api.as(rest, "fiona").getList("/api/invoices?order=" + number),
        list -> list.size() == 1 && list.get(0).get("documentHref") != null);
    Map<String, Object> invoice = invoices.get(0);
    BigDecimal gross = new BigDecimal(invoice.get("grossAmount").toString());
    BigDecimal net = new BigDecimal(invoice.get("netAmount").toString());
    assertThat(new BigDecimal(invoice.get("taxAmount").toString()))
        .isEqualByComparingTo(net.multiply(new BigDecimal("0.13")).setScale(2, RoundingMode.HALF_UP));
    assertThat(invoice).containsEntry("shipmentNumber", shipment).containsEntry("status", "OPEN");
    assertThat(audrey().messages(number)).anySatisfy(m -> assertThat(m).containsEntry("type", "INVOICE"));

    // ---- paid in two parts: the first quotes the invoice, the second matches by payer and amount
    String invoiceNumber = (String) invoice.get("number");
    // the bank's notice of the first arrives twice at the same moment: booked once
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<ResponseEntity<Map>>> notices = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      notices.add(CompletableFuture.supplyAsync(() -> {
        try {
          together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return pay(customer, "1000.00", "BANK-1-" + run, "\"" + invoiceNumber + "\"");
      }));
    }
    assertThat(notices).extracting(n -> n.join().getStatusCode())
        .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.OK);
    assertThat(new BigDecimal(Api.as(rest, "fiona").get("/api/invoices/" + invoiceNumber).getBody().get("openAmount").toString()))
        .isEqualByComparingTo(gross.subtract(new BigDecimal("1000.00")));
    ResponseEntity<Map> second = pay(customer, gross.subtract(new BigDecimal("1000.00")).toPlainString(), "BANK-2-" + run, "");
    assertThat((List<Map<String, Object>>) second.getBody().get("allocations")).singleElement()
        .satisfies(a -> assertThat(a).containsEntry("invoice", invoiceNumber).containsEntry("matchedBy", "PAYER_AND_AMOUNT"));

    // ---- finance records the fapiao issued in the tax system, in its task
    String fapiao = String.valueOf(10_000_000 + Math.floorMod(run.hashCode(), 89_999_999));
    EngineRest.as(rest, "fiona").completeTask(number, "Task_RecordFapiao",
        Map.of("fapiaoCode", "3100231130", "fapiaoNumber", fapiao));
    // noted on the invoice at a save point right after finance's Complete
    await().atMost(PATIENCE).untilAsserted(() ->
        assertThat(Api.as(rest, "fiona").get("/api/invoices/" + invoiceNumber).getBody()).containsEntry("fapiaoNumber", fapiao));

    // ---- the order is paid, every process has ended
    Map<String, Object> done = await().atMost(PATIENCE).until(() -> audrey().order(number), o -> "PAID".equals(o.get("status")));
    assertThat((List<Map<String, Object>>) done.get("shipments")).singleElement()
        .satisfies(s -> assertThat(s).containsEntry("number", shipment).containsEntry("status", "DELIVERED"));
    List<Map<String, Object>> history = (List<Map<String, Object>>) done.get("statusHistory");
    assertThat(history).extracting(c -> c.get("status")).containsSubsequence(
        "IN_NEGOTIATION", "CONFIRMED", "IN_CONTRACT", "CONTRACT_SIGNED", "SHIPPING", "DELIVERED", "INVOICED", "PAID");
    assertThat(history).anySatisfy(c -> assertThat(c).containsEntry("status", "CONTRACT_SIGNED")
        .containsEntry("changedBy", "carol"));
    assertThat(Api.as(rest, "fiona").get("/api/invoices/" + invoiceNumber).getBody())
        .containsEntry("status", "PAID").containsEntry("openAmount", 0.0);

    List<Map<String, Object>> instances = await().atMost(PATIENCE).until(() -> audrey().processHistory(number),
        list -> list.size() == 9 && list.stream().allMatch(pi -> pi.get("endTime") != null));
    assertThat(instances).extracting(pi -> pi.get("processDefinitionKey")).containsExactlyInAnyOrder(
        "order-to-cash", "order-review", "order-review", "negotiation", "contract-signing", "shipment", "delivery",
        "collection", "dunning");
    assertThat(instances).extracting(pi -> pi.get("state")).containsOnly("COMPLETED");
    // neither review needed a manager: the first routed to negotiation, the second approved the agreed terms
    instances.stream().filter(pi -> "order-review".equals(pi.get("processDefinitionKey"))).forEach(review ->
        assertThat(rest.exchange("/engine-rest/history/activity-instance?processInstanceId={id}&activityId=Task_ReviewOrder",
            HttpMethod.GET, new HttpEntity<>(Api.basic("audrey")), List.class, review.get("id")).getBody()).isEmpty());
    returnedAfterPayment(number);
    theWholeStoryIsOnTheAuditTrail(number);
  }

  /** audrey's timeline of the order holds every kind of event, each with the person behind it. */
  private void theWholeStoryIsOnTheAuditTrail(String number) {
    Map<String, Object> timeline = Api.as(rest, "audrey").get("/api/audit/orders/" + number).getBody();
    List<Map<String, Object>> events = (List<Map<String, Object>>) timeline.get("events");
    assertThat(((Map<String, String>) timeline.get("processes")).values()).contains("order-to-cash", "order-review",
        "negotiation", "contract-signing", "shipment", "delivery", "collection", "dunning", "return");
    assertThat(events).extracting(e -> e.get("kind")).contains("PROCESS_STARTED", "PROCESS_ENDED", "ACTIVITY_ENDED",
        "MESSAGE_RECEIVED", "TASK_CREATED", "TASK_CANDIDATES", "TASK_COMPLETED", "VARIABLE_SET", "DECISION_EVALUATED",
        "STATUS_CHANGED", "DOCUMENT_STORED", "CUSTOMER_MESSAGE", "API_WRITE");
    Map<String, String> completedBy = new java.util.HashMap<>();
    events.stream().filter(e -> "TASK_COMPLETED".equals(e.get("kind")))
        .forEach(e -> completedBy.merge((String) e.get("activityId"), (String) e.get("actor"), (a, b) -> a + "," + b));
    assertThat(completedBy).containsEntry("Task_PrepareNegotiation", "sally").containsEntry("Task_ApproveQuotation", "mike,nina")
        .containsEntry("Task_ReviewLegal", "larry").containsEntry("Task_ReviewRisk", "fiona")
        .containsEntry("Task_SignInternally", "mike").containsEntry("Task_PlanShipment", "walter")
        .containsEntry("Task_InspectGoods", "walter").containsEntry("Task_RefundCustomer", "fiona");
    assertThat(events).filteredOn(e -> "Task_ReviewLegal".equals(e.get("activityId")) && "TASK_COMPLETED".equals(e.get("kind")))
        .singleElement().extracting(e -> ((Map<String, Object>) e.get("details")).get("entered"))
        .isEqualTo(Map.of("legalDecision", "approve"));
    assertThat(events).filteredOn(e -> "MESSAGE_RECEIVED".equals(e.get("kind"))).extracting(e -> e.get("actor"))
        .as("the customer's answer and signature, posted by customer service").contains("carol");
    assertThat(events).filteredOn(e -> "DOCUMENT_STORED".equals(e.get("kind")))
        .allSatisfy(e -> assertThat((String) ((Map<String, Object>) e.get("details")).get("sha256")).hasSize(64))
        .extracting(e -> ((Map<String, Object>) e.get("details")).get("kind")).contains("QUOTATION", "CONTRACT");
    assertThat(events).filteredOn(e -> "DECISION_EVALUATED".equals(e.get("kind")))
        .allSatisfy(e -> assertThat((List<?>) ((Map<String, Object>) e.get("details")).get("inputs")).isNotEmpty());
    assertThat(events).filteredOn(e -> "STATUS_CHANGED".equals(e.get("kind"))).extracting(e -> e.get("summary"))
        .anySatisfy(summary -> assertThat((String) summary).startsWith("Order PAID"));
    assertThat(Api.as(rest, "audrey").get("/api/audit/verify").getBody()).containsEntry("intact", true);
  }

  /**
   * The paid order's customer sends one desk back, defective: customer service requests the return,
   * the policy approves it, the warehouse inspects and restocks it, billing credits it and finance
   * pays the money back; all through the REST APIs as each user.
   */
  private void returnedAfterPayment(String number) {
    int onHand = jdbc.sql("select on_hand from stock_item where sku = 'P-200' and warehouse_code = 'WH-SH'")
        .query(Integer.class).single();
    ResponseEntity<Map> requested = Api.as(rest, "carol").post("/api/returns", """
        {"orderNumber": "%s", "reason": "DEFECTIVE", "wish": "REFUND", "notes": "drawer rail bent",
         "lines": [{"lineNo": 1, "quantity": 1}]}
        """.formatted(number), "e2e-return-" + run);
    assertThat(requested.getStatusCode()).as(requested.toString()).isEqualTo(HttpStatus.CREATED);
    assertThat(requested.getBody()).containsEntry("eligibility", "APPROVE");
    String returnNumber = (String) requested.getBody().get("number");

    EngineRest.as(rest, "walter").completeTask(number, "Task_InspectGoods",
        Map.of("goodsCondition", "DEFECTIVE", "disposition", "RESTOCK", "inspectionNotes", "rail bent, rest fine"));
    String refundTask = EngineRest.as(rest, "fiona").awaitTask(number, "Task_RefundCustomer");
    assertThat(EngineRest.as(rest, "fiona").variables(refundTask).get("refundText")).isEqualTo("¥1,017.00");
    EngineRest.as(rest, "fiona").completeTask(number, "Task_RefundCustomer",
        Map.of("refundDecision", "REFUND", "refundBankReference", "OUT-RT-" + run));

    Map<String, Object> closed = await().atMost(PATIENCE).until(
        () -> Api.as(rest, "audrey").get("/api/returns/" + returnNumber).getBody(), r -> "CLOSED".equals(r.get("status")));
    assertThat(closed).containsEntry("rmaNumber", closed.get("rmaNumber")).containsEntry("inspectedBy", "walter")
        .containsEntry("refundReference", "OUT-RT-" + run).containsEntry("refundAmount", 1017.0);
    String creditNote = ((List<String>) closed.get("creditNotes")).get(0);
    assertThat(Api.as(rest, "fiona").get("/api/invoices/" + creditNote).getBody())
        .containsEntry("kind", "CREDIT_NOTE").containsEntry("grossAmount", 1017.0);
    assertThat(jdbc.sql("select amount from credit_refund where bank_reference = ?").param("OUT-RT-" + run)
        .query(BigDecimal.class).single()).isEqualByComparingTo("1017.00");
    assertThat(jdbc.sql("select on_hand from stock_item where sku = 'P-200' and warehouse_code = 'WH-SH'")
        .query(Integer.class).single()).isEqualTo(onHand + 1);
    assertThat(audrey().messages(number)).extracting(m -> m.get("type"))
        .contains("RETURN_APPROVED", "CREDIT_NOTE", "RETURN_CLOSED", "SURVEY");
  }

  /**
   * Three orders race for the last five units (3 in one warehouse, 2 in another) through the real
   * reservation service, round after round, on PostgreSQL's row locks: never more is reserved than
   * is on hand, and between them they get all five.
   */
  @Test
  void lastUnitsAreNeverOverReservedOnPostgres() throws Exception {
    StockFixtures fixtures = new StockFixtures(jdbc);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    for (int round = 0; round < 12; round++) {
      String sku = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 2));
      List<String> orders = List.of(fixtures.order(sku, 4), fixtures.order(sku, 4), fixtures.order(sku, 2));
      CountDownLatch go = new CountDownLatch(1);
      List<Future<ReservationResult>> results = new ArrayList<>();
      for (String order : orders) {
        results.add(THREADS.submit(() -> {
          go.await();
          return tx.execute(s -> reservations.reserveOrder(order));
        }));
      }
      go.countDown();
      int reserved = 0;
      for (Future<ReservationResult> result : results) {
        reserved += result.get(30, TimeUnit.SECONDS).lines().get(0).reserved();
      }
      assertThat(reserved).as("round %d: reported", round).isEqualTo(5);
      assertThat(fixtures.reservedTotal(sku)).as("round %d: counters", round).isEqualTo(5);
      assertThat(fixtures.reservations(sku, "RESERVED")).as("round %d: reservation rows", round).isEqualTo(5);
      assertThat(fixtures.reserved(sku, "WH-SH")).isEqualTo(3);
      assertThat(fixtures.reserved(sku, "WH-GZ")).isEqualTo(2);
      assertThat(jdbc.sql("select count(*) from stock_item where sku = :s and reserved > on_hand").param("s", sku)
          .query(Integer.class).single()).isZero();
      // what each order's reservation rows say matches what the service reported to it
      for (int i = 0; i < orders.size(); i++) {
        assertThat(jdbc.sql("select coalesce(sum(quantity), 0) from stock_reservation where order_number = :o and status = 'RESERVED'")
            .param("o", orders.get(i)).query(Integer.class).single())
            .isEqualTo(results.get(i).get().lines().get(0).reserved());
      }
    }
  }

  /**
   * Two orders for the same two products, with their lines in opposite order, reserve at the same
   * time: on PostgreSQL each used to lock one product's stock and wait for the other's, a
   * deadlock that failed one reservation job (retried five minutes later, an incident after three).
   * Stock rows are now locked in one order, so both succeed and share the stock out.
   */
  @Test
  void ordersWithCrossingLinesReserveWithoutDeadlockOnPostgres() throws Exception {
    StockFixtures fixtures = new StockFixtures(jdbc);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    for (int round = 0; round < 10; round++) {
      String x = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 2));
      String y = fixtures.product(Map.of("WH-SH", 3, "WH-GZ", 2));
      List<String> orders = List.of(fixtures.order(x, 4, y, 4), fixtures.order(y, 4, x, 4));
      CountDownLatch go = new CountDownLatch(1);
      List<Future<ReservationResult>> results = new ArrayList<>();
      for (String order : orders) {
        results.add(THREADS.submit(() -> {
          go.await();
          return tx.execute(s -> reservations.reserveOrder(order));
        }));
      }
      go.countDown();
      int reserved = 0;
      for (Future<ReservationResult> result : results) {
        reserved += result.get(30, TimeUnit.SECONDS).lines().stream().mapToInt(line -> line.reserved()).sum();
      }
      assertThat(reserved).as("round %d", round).isEqualTo(10);
      assertThat(fixtures.reservedTotal(x)).as("round %d", round).isEqualTo(5);
      assertThat(fixtures.reservedTotal(y)).as("round %d", round).isEqualTo(5);
    }
  }

  /**
   * A reservation commits on its own: while the job that asked for it is still at work (the
   * engine's flush, other steps), another order can already take the same product's stock row.
   * If that job then rolls back, its retry books nothing more.
   */
  @Test
  void aReservationHoldsNoStockRowForTheRestOfItsCallersTransaction() throws Exception {
    StockFixtures fixtures = new StockFixtures(jdbc);
    String sku = fixtures.product(Map.of("WH-SH", 10));
    String order = fixtures.order(sku, 4);
    TransactionTemplate tx = new TransactionTemplate(transactions);

    tx.executeWithoutResult(status -> {
      reservations.reserveOrder(order);
      Future<Integer> other = THREADS.submit(() -> new TransactionTemplate(transactions).execute(s ->
          jdbc.sql("select on_hand from stock_item where sku = :s for update nowait").param("s", sku)
              .query(Integer.class).single()));
      assertThat(other).as("the stock row is free while the caller goes on")
          .succeedsWithin(Duration.ofSeconds(10)).isEqualTo(10);
      status.setRollbackOnly(); // the caller fails after the reservation
    });

    assertThat(fixtures.reserved(sku, "WH-SH")).as("kept after the caller's rollback").isEqualTo(4);
    assertThat(tx.execute(s -> reservations.reserveOrder(order)).lines().get(0).reserved()).isEqualTo(4);
    assertThat(fixtures.reserved(sku, "WH-SH")).as("the retry books nothing more").isEqualTo(4);
    assertThat(fixtures.reservations(sku, "RESERVED")).isEqualTo(4);
  }

  // ------------------------------------------------------------------ helpers

  private Auditor audrey() {
    return new Auditor(rest);
  }

  private String pdf(String href) {
    ResponseEntity<byte[]> answer = rest.exchange(href, HttpMethod.GET, new HttpEntity<>(Api.basic("audrey")), byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new String(answer.getBody(), 0, 5);
  }

  private ResponseEntity<Map> pay(String payer, String amount, String reference, String invoices) {
    return Api.as(rest, "fiona").post("/api/payments", """
        {"payer": "%s", "amount": %s, "currency": "CNY", "valueDate": "%s", "bankReference": "%s",
         "method": "BANK_TRANSFER", "invoices": [%s]}
        """.formatted(payer, amount, LocalDate.now(), reference, invoices));
  }

  private ResponseEntity<Map> event(String shipment, String type, Instant at, String carrierEventId) {
    return Api.as(rest, "walter").post("/api/shipments/" + shipment + "/events", """
        {"type": "%s", "occurredAt": "%s", "location": "Shanghai hub", "description": "carrier scan", "carrierEventId": "%s"}
        """.formatted(type, at, carrierEventId));
  }
}
