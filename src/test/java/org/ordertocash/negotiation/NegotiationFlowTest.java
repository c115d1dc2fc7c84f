package org.ordertocash.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.TaskRefusal;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.order.OrderRepository;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.order.OrderQueryService;
import org.ordertocash.order.SalesOrder;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Negotiation with the real beans, decision and domain: an order entered through the API goes to
 * review, which hands it to negotiation; the quotation is approved, sent, accepted through the
 * API, and the order comes back to review, which confirms it with the agreed prices.
 */
@AppTest
class NegotiationFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired OrderRepository orders;
  @Autowired OutboxService outbox;
  @Autowired OrderQueryService queries;
  @Autowired QuotationRepository quotationRepository;
  @Autowired QuotationDocuments quotationDocuments;
  @Autowired org.ordertocash.order.OrderLifecycle lifecycle;
  @Autowired org.ordertocash.customer.CustomerDirectory customers;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired NegotiationRepository negotiations;
  @Autowired DocumentService documents;

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

  @Test
  void deepDiscountIsNegotiatedApprovedByTwoManagersAcceptedAndConfirmedOnSecondReview() throws Exception {
    // a customer of this class's own, with one open invoice: others' invoices cannot change its background
    String customer = TestCustomers.chinese(jdbc);
    jdbc.sql("insert into receivable (invoice_number, customer_code, amount, open_amount, currency, due_date)"
        + " values (?, ?, 42000.00, 42000.00, 'CNY', ?)")
        .params("INV-N-" + customer, customer, java.sql.Date.valueOf(LocalDate.now().plusDays(20))).update();
    String order = driver.enterDeepDiscountOrder(customer);
    Task prepare = driver.awaitTask(order, "Task_PrepareNegotiation");
    assertThat(status(order)).isEqualTo(OrderStatus.IN_NEGOTIATION);
    assertThat((String) taskService.getVariable(prepare.getId(), "customerBackground"))
        .contains(TestCustomers.chineseName(customer), "**A** 类客户", "未收款 ¥42,000.00");

    assertThatThrownBy(() -> driver.complete("sally", "sales", prepare, Map.of("targetPrice", 1000, "bottomLine", 1500)))
        .satisfies(e -> assertThat(TaskRefusal.find(e).getMessage()).contains("不得高于目标价"));
    driver.prepare(order);
    assertThat(negotiations.findByOrderNumber(order).orElseThrow().getBottomLine()).isEqualByComparingTo("1900");
    assertThat(negotiations.findByOrderNumber(order).orElseThrow().getTeam()).isEqualTo("sally, fiona");

    // 900.00 is 30.72 % below list: sales director route (two sales managers)
    driver.propose(order, "900.00", "NET_30");
    Task first = driver.awaitTask(order, "Task_ApproveQuotation");
    assertThat((String) taskService.getVariable(first.getId(), "quotationSummary")).contains("30.72 %", "¥1,800.00",
        "**目标价：** ¥2,200.00", "**底线：** ¥1,900.00", "合计低于底线");
    identityService.setAuthentication("sally", List.of("sales"));
    assertThat(taskService.createTaskQuery().taskId(first.getId()).count()).as("proposer does not see it").isZero();
    identityService.clearAuthentication();
    driver.complete("mike", "sales-managers", first, Map.of("approvalDecision", "approve"));
    Task second = driver.awaitTask(order, "Task_ApproveQuotation");
    identityService.setAuthentication("mike", List.of("sales-managers"));
    assertThat(taskService.createTaskQuery().taskId(second.getId()).count()).as("first approver does not see it").isZero();
    identityService.clearAuthentication();
    driver.complete("nina", "sales-managers", second, Map.of("approvalDecision", "approve"));
    driver.awaitQuotationSent(order);

    String quotation = driver.quotationNumber(order);
    assertThat(quotation).matches("QT-\\d{4}-\\d{6}");
    OutboxMessageView sent = outbox.messagesFor(order).stream().filter(m -> m.type().equals("QUOTATION")).findFirst().orElseThrow();
    assertThat(sent.subject()).contains(quotation);
    assertThat(sent.attachment()).isNotNull();
    assertThat(sent.attachment().kind()).isEqualTo(DocumentKind.QUOTATION.name());
    assertThat(sent.attachment().reference()).isEqualTo(quotation);
    assertThat(sent.attachment().version()).isEqualTo(1);
    try (PDDocument pdf = Loader.loadPDF(documents.content(sent.attachment().id()))) {
      assertThat(new PDFTextStripper().getText(pdf)).as("in the customer's language, Chinese")
          .contains("报价单 " + quotation, TestCustomers.chineseName(customer) + " (" + customer + ")",
              "P-200 升降办公桌", "2 件", "¥1,299.00", "30.72 %", "¥900.00", "合计 ¥1,800.00", "30 天账期", "有效期至");
    }
    TestCustomers.speaks(jdbc, customer, "en");
    byte[] english = transactions.execute(tx -> {
      Quotation q = quotationRepository.findByNumber(quotation).orElseThrow();
      return quotationDocuments.render(q, q.version(1).orElseThrow(), lifecycle.order(order), customers.get(customer),
          java.time.LocalDate.now());
    });
    try (PDDocument pdf = Loader.loadPDF(english)) {
      assertThat(new PDFTextStripper().getText(pdf)).as("the same quotation for a customer who reads English")
          .contains("Quotation " + quotation, "P-200 Standing desk", "2 pcs", "¥1,299.00", "Total ¥1,800.00",
              "Net 30 days", "Valid until");
    }

    ResponseEntity<Map> view = Api.as(rest, "audrey").get("/api/quotations/" + quotation);
    assertThat(view.getStatusCode().value()).isEqualTo(200);
    assertThat(view.getBody()).containsEntry("status", "SENT").containsEntry("awaitingAnswer", true);

    ResponseEntity<Map> accepted = Api.as(rest, "carol").post("/api/quotations/" + quotation + "/response",
        "{\"decision\": \"ACCEPT\", \"version\": 1}");
    assertThat(accepted.getStatusCode().value()).isEqualTo(201);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(history(order)).contains(OrderStatus.IN_NEGOTIATION, OrderStatus.CONFIRMED));
    SalesOrder agreed = orders.findByNumber(order).orElseThrow();
    assertThat(agreed.isNegotiated()).isTrue();
    assertThat(agreed.getAgreedQuotation()).isEqualTo(quotation + "/v1");
    assertThat(agreed.getTotalAmount()).isEqualByComparingTo("1800.00");
    assertThat(queries.view(order).statusHistory()).anySatisfy(change -> {
      assertThat(change.changedBy()).isEqualTo("carol");
      assertThat(change.reason()).isEqualTo("Prices and payment terms agreed in quotation " + quotation + "/v1");
    });
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("negotiationOutcome")
        .processInstanceIdIn(umbrella(order)).singleResult().getValue()).isEqualTo("AGREED");
    // the second review was approved by the routing decision, without a manager
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_ReviewOrder")
        .processInstanceId(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(order)
            .processDefinitionKey("order-review").orderByProcessInstanceStartTime().desc().list().get(0).getId())
        .count()).isZero();
  }

  @Test
  void theDemoOrderToNegotiateWaitsForSalesToPrepare() {
    String demo = orders.findByEnteredByAndIdempotencyKey("sally", "demo-negotiation").orElseThrow().getNumber();
    Task prepare = driver.awaitTask(demo, "Task_PrepareNegotiation");
    assertThat(status(demo)).isEqualTo(OrderStatus.IN_NEGOTIATION);
    assertThat(taskService.getVariable(prepare.getId(), "teamCandidates").toString()).contains("sally", "fiona", "larry", "nina");
  }

  @Test
  void rejectedQuotationClosedAsLostEndsTheOrderLost() {
    String order = driver.enterDeepDiscountOrder();
    driver.prepare(order);
    driver.propose(order, "1250.00", "NET_30");
    driver.awaitQuotationSent(order);
    String quotation = driver.quotationNumber(order);

    assertThat(Api.as(rest, "sally").post("/api/quotations/" + quotation + "/response",
        "{\"decision\": \"REJECT\", \"version\": 1, \"reason\": \"Found it cheaper\"}").getStatusCode().value()).isEqualTo(201);
    Task rejected = driver.awaitTask(order, "Task_HandleRejectedQuotation");
    driver.complete("sally", "sales", rejected, Map.of("followUp", "lost", "lostReason", "Price", "competitor", "Desks4Less"));

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(order)).isEqualTo(OrderStatus.LOST));
    Negotiation lost = negotiations.findByOrderNumber(order).orElseThrow();
    assertThat(lost.getStatus()).isEqualTo(Negotiation.Status.LOST);
    assertThat(lost.getLostReason()).isEqualTo("Price");
    assertThat(lost.getCompetitor()).isEqualTo("Desks4Less");
  }

  private OrderStatus status(String order) {
    return orders.findByNumber(order).orElseThrow().getStatus();
  }

  private List<OrderStatus> history(String order) {
    return queries.view(order).statusHistory().stream().map(change -> OrderStatus.valueOf(String.valueOf(change.status()))).toList();
  }

  private String umbrella(String order) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(order)
        .processDefinitionKey("order-to-cash").singleResult().getId();
  }
}
