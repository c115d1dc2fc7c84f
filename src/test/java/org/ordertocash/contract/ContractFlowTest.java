package org.ordertocash.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.document.Document;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentRepository;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderQueryService;
import org.ordertocash.order.OrderView;
import org.ordertocash.order.OrderRepository;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.order.SalesOrder;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contract signing with the real delegates, decision, documents and outbox: a confirmed large
 * order goes from order-to-cash into contract-signing and back out ready for shipment.
 */
@AppTest
class ContractFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired OrderRepository orders;
  @Autowired OrderLifecycle lifecycle;
  @Autowired OrderQueryService queries;
  @Autowired OutboxService outbox;
  @Autowired DocumentRepository documents;
  @Autowired ContractService contracts;
  @Autowired ContractDocument contractDocument;
  @Autowired org.ordertocash.customer.CustomerDirectory customerDirectory;

  @Autowired JdbcClient jdbc;

  ContractScenario scenario;
  String customer;

  @BeforeEach
  void setUp() {
    customer = TestCustomers.chinese(jdbc);
    scenario = new ContractScenario(rest, taskService, runtimeService, identityService, orders, lifecycle, customer);
  }

  @AfterEach
  void tearDown() {
    scenario.cleanUp();
  }

  @Test
  @SuppressWarnings("unchecked")
  void largeOrderIsShippedOnlyAfterAnAmendedContractIsSignedByBothSides() {
    String number = scenario.orderNeedingAContract();
    assertThat(scenario.status(number)).isEqualTo(OrderStatus.IN_CONTRACT);
    Map<String, Object> opened = scenario.contractOf(number);
    String contract = (String) opened.get("number");
    assertThat(contract).matches("CT-\\d{4}-\\d{6}");
    assertThat(opened).containsEntry("status", "DRAFTED").containsEntry("paymentTerms", "NET_30");
    Task draft = scenario.awaitTask(number, "Task_DraftContract");
    assertThat((String) taskService.getVariable(draft.getId(), "orderSummary")).contains(number, "P-500");

    LocalDate delivery = LocalDate.now().plusDays(40);
    scenario.complete(number, "Task_DraftContract", "sally", "sales", ContractScenario.terms("NET_60", delivery, null));

    Task legal = scenario.awaitTask(number, "Task_ReviewLegal");
    assertThat((String) taskService.getVariable(legal.getId(), "contractSummary")).contains(contract, "60 天账期", "第 1 版");
    // Net 60 scores +1, nothing else does for the class's own customer (10 million credit, no
    // other orders): LOW, no sign-off.
    String riskLevel = (String) runtimeService.getVariable(legal.getExecutionId(), "riskLevel");
    assertThat(riskLevel).isEqualTo("LOW");
    assertThat((String) runtimeService.getVariable(legal.getExecutionId(), "riskReasons"))
        .contains("Payment terms of 31 to 60 days (+1)");
    scenario.complete(number, "Task_ReviewLegal", "larry", "legal", Map.of("legalDecision", "amend",
        "legalClause", "Jurisdiction", "legalChange", "Add: courts of Shanghai have jurisdiction"));
    scenario.complete(number, "Task_ReviewRisk", "fiona", "finance", Map.of("riskDecision", "approve"));
    assertThat(contracts.contract(contract).getStatus()).isEqualTo(ContractStatus.AMENDING);

    scenario.complete(number, "Task_AmendContract", "sally", "sales", Map.of(
        "paymentTerms", "NET_60", "deliveryDate", delivery.toString(), "penaltyPercentPerWeek", 0.5,
        "penaltyCapPercent", 5.0, "specialClauses", "The courts of Shanghai have jurisdiction.",
        "amendmentScope", "legal", "amendmentNote", "Jurisdiction clause added"));
    scenario.complete(number, "Task_ReviewLegal", "larry", "legal", Map.of("legalDecision", "approve"));
    Task sign = scenario.awaitTask(number, "Task_SignInternally");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_ReviewRisk")
        .count()).as("finance's approval of version 1 stays valid").isZero();
    assertThat(taskService.getVariable(sign.getId(), "fourEyesExcluded")).isEqualTo("sally");
    scenario.complete(number, "Task_SignInternally", "mike", "sales-managers", Map.of("internalSignatureDecision", "sign"));
    scenario.awaitCustomerSignature(number);

    Map<String, Object> sent = scenario.contractOf(number);
    assertThat(sent).containsEntry("status", "AWAITING_CUSTOMER_SIGNATURE").containsEntry("currentVersion", 2)
        .containsEntry("draftedBy", "sally").containsEntry("internalSignatory", "mike").containsEntry("riskLevel", riskLevel);
    List<Map<String, Object>> versions = (List<Map<String, Object>>) sent.get("versions");
    assertThat(versions).extracting(v -> v.get("changeNote")).containsExactly("Drafted", "Jurisdiction clause added");
    assertThat(versions.get(1)).containsEntry("amendmentRequestedBy", "legal").containsEntry("reviews", "LEGAL");
    assertThat((List<Map<String, Object>>) sent.get("reviews")).extracting(r -> r.get("review") + ":" + r.get("decision")
        + ":v" + r.get("version")).containsExactly("LEGAL:AMENDMENT_REQUESTED:v1", "RISK:APPROVED:v1",
            "LEGAL:APPROVED:v2", "INTERNAL_SIGNATURE:APPROVED:v2");
    String sha = (String) versions.get(1).get("sha256");
    assertThat(documents.findByKindAndReferenceAndVersion(DocumentKind.CONTRACT, contract, 2).orElseThrow().getSha256())
        .isEqualTo(sha).isNotEqualTo(versions.get(0).get("sha256"));
    assertThat(text(documents.findByKindAndReferenceAndVersion(DocumentKind.CONTRACT, contract, 2).orElseThrow()))
        .as("in the customer's language, Chinese")
        .contains("销售合同 " + contract, "第 2 版", "修订说明：Jurisdiction clause added", "上海订单到收款贸易有限公司",
            TestCustomers.chineseName(customer) + " (" + customer + ")", TestCustomers.CHINESE_STREET, "P-500 会议桌",
            "2 件", "¥107,988.00", "60 天账期", delivery + " 前交付至", "每逾期一周按合同金额的 0.5% 计，最高不超过 5%",
            "The courts of Shanghai have jurisdiction.", "卖方（盖章）", "买方（盖章）", "授权代表签字");
    TestCustomers.speaks(jdbc, customer, "en");
    assertThat(text(contractDocument.render(contracts.contract(contract), 2, lifecycle.order(number),
            customerDirectory.get(customer), "Jurisdiction clause added", java.time.Instant.now())))
        .as("the same contract for a customer who reads English")
        .contains("Sales contract " + contract, "Version 2", "Amended: Jurisdiction clause added",
            "Order-to-Cash Trading Co., Ltd.", "P-500 Conference table", "2 pcs", "¥107,988.00", "Net 60 days",
            "by " + delivery, "0.5 % of the contract value per week late, at most 5 %",
            "The courts of Shanghai have jurisdiction.", "For the seller (company seal)", "For the buyer (company seal)");
    OutboxMessageView mail = outbox.messagesFor(number).stream()
        .filter(m -> m.type().equals("CONTRACT_FOR_SIGNATURE")).findFirst().orElseThrow();
    assertThat(mail.attachment().id()).isEqualTo(((Number) versions.get(1).get("documentId")).longValue());

    ResponseEntity<Map> signed = Api.as(rest, "carol").post("/api/contracts/" + contract + "/signature",
        signatureJson("Li Wei", LocalDate.now(), sha));

    assertThat(signed.getStatusCode().value()).isEqualTo(200);
    assertThat(signed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(signed.getBody()).containsEntry("status", "SIGNED");
    assertThat((Map<String, Object>) signed.getBody().get("signature")).containsEntry("signedBy", "Li Wei")
        .containsEntry("documentSha256", sha).containsEntry("recordedBy", "carol").containsEntry("version", 2);
    SalesOrder order = orders.findByNumber(number).orElseThrow();
    // the signature committed CONTRACT_SIGNED; shipping starts in a job of its own right after
    assertThat(order.getStatus()).isIn(OrderStatus.CONTRACT_SIGNED, OrderStatus.SHIPPING);
    assertThat(order.getPaymentTerms()).isEqualTo(PaymentTerms.NET_60);
    assertThat(order.getRequestedDeliveryDate()).isEqualTo(delivery);
    assertThat(signedChanges(number)).singleElement().satisfies(change -> {
      assertThat(change.changedBy()).isEqualTo("carol");
      assertThat(change.reason()).isEqualTo("Contract " + contract + " signed");
    });
    HistoricProcessInstance umbrella = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("order-to-cash").processInstanceBusinessKey(number).singleResult();
    await().atMost(Duration.ofSeconds(10)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("shipment").processInstanceBusinessKey(number).count() == 1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(umbrella.getId())
        .variableName("contractOutcome").singleResult().getValue()).isEqualTo("SIGNED");

    ResponseEntity<Map> again = Api.as(rest, "carol").post("/api/contracts/" + contract + "/signature",
        signatureJson("Li Wei", LocalDate.now(), sha.toUpperCase()));
    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(signedChanges(number)).hasSize(1);
  }

  @Test
  void anExpiredContractCancelledBySalesCancelsTheOrderAndTellsTheCustomer() {
    String number = scenario.contractAwaitingTheCustomer();
    String contract = (String) scenario.contractOf(number).get("number");
    identityService.clearAuthentication();
    Job deadline = timer(number, "Event_SignatureDeadlinePassed");
    Job reminder = timer(number, "Event_SignatureReminderDue");
    assertThat(Duration.between(reminder.getDuedate().toInstant(), deadline.getDuedate().toInstant()).toDays()).isEqualTo(11);

    managementService.executeJob(reminder.getId());
    // the reminder itself is a save point after the timer: the job executor sends it
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(outbox.messagesFor(number)).extracting(OutboxMessageView::type).contains("CONTRACT_REMINDER"));
    assertThat(contracts.contract(contract).getRemindersSent()).isEqualTo(1);
    managementService.executeJob(deadline.getId());
    assertThat(contracts.contract(contract).getStatus()).isEqualTo(ContractStatus.EXPIRED);

    scenario.complete(number, "Task_HandleExpiredContract", "sally", "sales",
        Map.of("expiredDecision", "cancel", "expiredNote", "The customer did not sign"));

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(scenario.status(number)).isEqualTo(OrderStatus.CANCELLED));
    assertThat(contracts.contract(contract).getStatus()).isEqualTo(ContractStatus.CANCELLED);
    assertThat(outbox.messagesFor(number)).extracting(OutboxMessageView::type).contains("ORDER_CANCELLED");
    HistoricProcessInstance umbrella = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("order-to-cash").processInstanceBusinessKey(number).singleResult();
    assertThat(umbrella.getEndActivityId()).isEqualTo("Event_ContractCancelled");
  }

  @Test
  void theDemoOrderAboveTheThresholdWaitsForSallysContractDraft() {
    String demo = orders.findByEnteredByAndIdempotencyKey("sally", "demo-contract").orElseThrow().getNumber();
    Task draft = scenario.awaitTask(demo, "Task_DraftContract");
    assertThat(taskService.getIdentityLinksForTask(draft.getId())).anyMatch(link -> "sales".equals(link.getGroupId()));
    assertThat(scenario.status(demo)).isEqualTo(OrderStatus.IN_CONTRACT);
  }

  static String text(Document pdf) {
    return text(pdf.getContent());
  }

  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Job timer(String orderNumber, String activityId) {
    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("contract-signing")
        .processInstanceBusinessKey(orderNumber).singleResult().getId();
    return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
  }

  static String signatureJson(String signedBy, LocalDate signedOn, String sha) {
    return """
        {"signedBy": "%s", "signedOn": "%s", "documentSha256": "%s"}
        """.formatted(signedBy, signedOn, sha);
  }

  private List<OrderView.StatusChange> signedChanges(String number) {
    return queries.view(number).statusHistory().stream()
        .filter(change -> change.status() == OrderStatus.CONTRACT_SIGNED).toList();
  }
}
