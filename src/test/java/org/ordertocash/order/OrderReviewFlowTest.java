package org.ordertocash.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.outbox.OutboxMessageView;
import org.ordertocash.outbox.OutboxService;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Order review with the real delegates, decision table and domain: each test enters an order
 * through the API and follows it to its end, acting in tasks as the demo users would.
 */
@AppTest
class OrderReviewFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired OrderRepository orders;
  @Autowired OutboxService outbox;
  @Autowired OrderQueryService queries;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void priceFarBelowListIsRejectedByRoutingAndTheCustomerIsTold() {
    String number = enter("sally", "C-1001", "[{\"sku\": \"P-200\", \"quantity\": 1, \"unitPrice\": 600.00}]", 20);

    awaitStatus(number, OrderStatus.REJECTED);
    assertThat(lastChange(number, OrderStatus.REJECTED).reason()).contains("50 %");
    assertThat(outbox.messagesFor(number)).extracting(OutboxMessageView::type).containsExactly("ORDER_REJECTED");
  }

  @Test
  void theCustomerIsToldInTheirOwnLanguage() {
    String chinese = enter("sally", TestCustomers.chinese(jdbc), "[{\"sku\": \"P-200\", \"quantity\": 1, \"unitPrice\": 600.00}]", 20);
    String english = enter("sally", TestCustomers.established(jdbc), "[{\"sku\": \"P-200\", \"quantity\": 1, \"unitPrice\": 600.00}]", 20);
    awaitStatus(chinese, OrderStatus.REJECTED);
    awaitStatus(english, OrderStatus.REJECTED);

    assertThat(outbox.messagesFor(chinese)).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("订单 " + chinese + " 未能接受");
      assertThat(mail.body()).startsWith("尊敬的 ").contains("很遗憾，我们无法接受贵方的订单 " + chinese, "原因：")
          .endsWith("此致\n敬礼\n上海订单到收款贸易有限公司");
    });
    assertThat(outbox.messagesFor(english)).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("Order " + english + " could not be accepted");
      assertThat(mail.body()).startsWith("Dear ").contains("we regret that we cannot accept your order " + english)
          .endsWith("Kind regards,\nOrder-to-Cash Trading Co., Ltd.");
    });
  }

  @Test
  void creditHoldReleasedByFinanceLeadsToConfirmation() {
    String number = enter("sally", "C-1005", "[{\"sku\": \"P-100\", \"quantity\": 1}]", 20);
    Task hold = awaitTask(number, "Task_ReviewCreditHold");
    assertThat(orders.findByNumber(number).orElseThrow().getStatus()).isEqualTo(OrderStatus.CREDIT_HOLD);
    assertThat((String) runtimeService.getVariable(hold.getExecutionId(), "creditHoldReason")).contains("逾期应收款");

    actAs("fiona", "finance");
    taskService.complete(hold.getId(), Map.of("creditDecision", "release", "creditDecisionReason", "Paid by wire today"));

    awaitStatus(number, OrderStatus.CONFIRMED);
    assertThat(lastChange(number, OrderStatus.CONFIRMED).changedBy()).isEqualTo("fiona");
  }

  @Test
  void factsOnlyTheRoutingReadsAreNotStoredButTheDecisionKeepsThem() {
    String number = enter("sally", "C-1005", "[{\"sku\": \"P-100\", \"quantity\": 1}]", 20);
    Task hold = awaitTask(number, "Task_ReviewCreditHold");

    List<String> stored = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(hold.getProcessInstanceId()).list().stream()
        .map(HistoricVariableInstance::getName).toList();
    assertThat(stored).contains("customerCode", "customerClass", "policyFindings", "routing", "routingReason",
            "creditHoldReason")
        .doesNotContain("customerName", "orderValueText", "paymentTerms", "paymentTermsAllowed",
            "paymentTermsDays", "requestedDeliveryDate", "deliveryDateFeasible", "policyViolation", "creditOk");
    List<String> decided = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(hold.getProcessInstanceId()).decisionDefinitionKey("order-review-routing")
        .includeInputs().singleResult().getInputs().stream()
        .map(HistoricDecisionInputInstance::getClauseName).toList();
    assertThat(decided).contains("Payment terms allowed", "Payment terms (days)", "Delivery date feasible");
  }

  @Test
  void creditHoldRejectedByFinanceRejectsTheOrder() {
    String number = enter("sally", "C-1005", "[{\"sku\": \"P-100\", \"quantity\": 2}]", 20);
    Task hold = awaitTask(number, "Task_ReviewCreditHold");

    actAs("fiona", "finance");
    taskService.complete(hold.getId(), Map.of("creditDecision", "reject", "creditDecisionReason", "Too much overdue"));

    awaitStatus(number, OrderStatus.REJECTED);
    assertThat(lastChange(number, OrderStatus.REJECTED).reason()).isEqualTo("Credit refused: Too much overdue");
  }

  @Test
  void stockShortageGoesToManagerReviewWithAProposal() {
    String number = enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 2}, {\"sku\": \"P-100\", \"quantity\": 1}]", 5);
    Task review = awaitTask(number, "Task_ReviewOrder");

    assertThat(runtimeService.getVariable(review.getExecutionId(), "stockAvailable")).isEqualTo(false);
    assertThat(runtimeService.getVariable(review.getExecutionId(), "stockProposalText")).isEqualTo("现在部分交货，其余稍后");
    assertThat((String) taskService.getVariable(review.getId(), "orderSummary")).contains(number, "Beijing Star Retail");

    actAs("mike", "sales-managers");
    taskService.complete(review.getId(), Map.of("reviewDecision", "approve", "fulfilment", "PARTIAL_DELIVERY"));

    awaitStatus(number, OrderStatus.CONFIRMED);
    assertThat(lastChange(number, OrderStatus.CONFIRMED).reason()).contains("PARTIAL_DELIVERY");
  }

  @Test
  void theManagerWhoEnteredAnOrderNeitherSeesNorApprovesItsReview() {
    String number = enter("mike", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 1}]", 20);
    Task review = awaitTask(number, "Task_ReviewOrder");

    actAs("mike", "sales-managers");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).list()).isEmpty();
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("reviewDecision", "approve")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.claim(review.getId(), "mike"))
        .isInstanceOf(AuthorizationException.class);
    assertThat(orders.findByNumber(number).orElseThrow().getStatus()).isEqualTo(OrderStatus.IN_REVIEW);

    actAs("nina", "sales-managers");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    taskService.complete(review.getId(), Map.of("reviewDecision", "approve"));
    awaitStatus(number, OrderStatus.CONFIRMED);
  }

  @Test
  void sentBackOrderIsRevisedByQuotingListPricesAndApprovedOnSecondReview() {
    String number = enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 4, \"unitPrice\": 180.00}]", 20);
    Task review = awaitTask(number, "Task_ReviewOrder");

    actAs("mike", "sales-managers");
    taskService.complete(review.getId(), Map.of("reviewDecision", "sendBack", "reviewNote", "Please quote list prices"));
    Task revise = awaitTask(number, "Task_ReviseOrder");

    actAs("sally", "sales");
    taskService.complete(revise.getId(), Map.of("revisionDecision", "resubmit", "resetToListPrices", true,
        "revisedPaymentTerms", "NET_30", "revisionNote", "List prices agreed with customer"));
    Task secondReview = awaitTask(number, "Task_ReviewOrder");
    assertThat(orders.findByNumber(number).orElseThrow().getTotalAmount()).isEqualByComparingTo("796.00");
    assertThat(runtimeService.getVariable(secondReview.getExecutionId(), "reviewDecision")).isNull();

    actAs("mike", "sales-managers");
    taskService.complete(secondReview.getId(), Map.of("reviewDecision", "approve"));

    awaitStatus(number, OrderStatus.CONFIRMED);
  }

  @Test
  void withdrawnOrderIsCancelled() {
    String number = enter("sally", "C-1004", "[{\"sku\": \"P-100\", \"quantity\": 1}]", 20);
    actAs("mike", "sales-managers");
    taskService.complete(awaitTask(number, "Task_ReviewOrder").getId(), Map.of("reviewDecision", "sendBack", "reviewNote", "?"));

    actAs("sally", "sales");
    taskService.complete(awaitTask(number, "Task_ReviseOrder").getId(),
        Map.of("revisionDecision", "withdraw", "revisionNote", "Customer lost interest"));

    awaitStatus(number, OrderStatus.CANCELLED);
    assertThat(lastChange(number, OrderStatus.CANCELLED).reason()).contains("Customer lost interest");
  }

  private String enter(String user, String customer, String lines, int daysAhead) {
    String body = """
        {"customerCode": "%s", "channel": "PHONE", "lines": %s, "requestedDeliveryDate": "%s"}
        """.formatted(customer, lines, LocalDate.now().plusDays(daysAhead));
    return (String) Api.as(rest, user).post("/api/orders", body).getBody().get("number");
  }

  private Task awaitTask(String number, String taskKey) {
    identityService.clearAuthentication();
    return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }

  private void awaitStatus(String number, OrderStatus status) {
    identityService.clearAuthentication();
    // The order has reached the status: a confirmed order moves straight on to SHIPPING.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(queries.view(number).statusHistory()).extracting(OrderView.StatusChange::status)
            .contains(status));
  }

  /** The newest change to the given status in the order's history, as auditors read it through the API. */
  private OrderView.StatusChange lastChange(String number, OrderStatus status) {
    List<OrderView.StatusChange> changes = queries.view(number).statusHistory().stream()
        .filter(change -> change.status() == status).toList();
    return changes.get(changes.size() - 1);
  }

  private void actAs(String user, String group) {
    identityService.setAuthentication(user, List.of(group));
  }
}
