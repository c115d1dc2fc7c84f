package org.ordertocash.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ordertocash.order.OrderLifecycle;
import org.ordertocash.order.OrderRepository;
import org.ordertocash.order.OrderStatus;
import org.ordertocash.support.Api;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Drives an order of the test class's own customer above the contract threshold (12 x P-500)
 * through contract signing as the demo users would. Orders it entered are cancelled afterwards
 * ({@link #cleanUp}).
 */
final class ContractScenario {

  private final TestRestTemplate rest;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final OrderRepository orders;
  private final OrderLifecycle lifecycle;
  private final List<String> entered = new ArrayList<>();
  private final String customerCode;

  ContractScenario(TestRestTemplate rest, TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService, OrderRepository orders, OrderLifecycle lifecycle, String customerCode) {
    this.customerCode = customerCode;
    this.rest = rest;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.orders = orders;
    this.lifecycle = lifecycle;
  }

  /** Enters the order as sally; it is approved automatically and waits in "Draft contract". */
  String orderNeedingAContract() {
    String body = """
        {"customerCode": "%s", "channel": "EMAIL", "lines": [{"sku": "P-500", "quantity": 12}],
         "requestedDeliveryDate": "%s"}
        """.formatted(customerCode, LocalDate.now().plusDays(30));
    String number = (String) Api.as(rest, "sally").post("/api/orders", body).getBody().get("number");
    entered.add(number);
    awaitTask(number, "Task_DraftContract");
    return number;
  }

  Task awaitTask(String number, String key) {
    identityService.clearAuthentication();
    try {
      return awaitTask0(number, key);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError("No task " + key + " for order " + number + "; order "
          + orders.findByNumber(number).map(o -> o.getStatus().toString()).orElse("missing")
          + "; open tasks " + taskService.createTaskQuery().processInstanceBusinessKey(number).list().stream()
              .map(Task::getTaskDefinitionKey).toList(), e);
    }
  }

  private Task awaitTask0(String number, String key) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult(), task -> task != null);
  }

  /** Waits until the contract-signing instance waits for the customer's signature (a receive task). */
  void awaitCustomerSignature(String number) {
    identityService.clearAuthentication();
    await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createExecutionQuery()
        .processInstanceBusinessKey(number).activityId("Task_AwaitCustomerSignature").count() == 1);
  }

  void complete(String number, String key, String user, String group, Map<String, Object> variables) {
    Task task = awaitTask(number, key);
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  static Map<String, Object> terms(String paymentTerms, LocalDate delivery, String specialClauses) {
    Map<String, Object> v = new HashMap<>(Map.of("paymentTerms", paymentTerms, "deliveryDate", delivery.toString(),
        "penaltyPercentPerWeek", 0.5, "penaltyCapPercent", 5.0));
    v.put("specialClauses", specialClauses);
    return v;
  }

  /** Drafted by sally, approved by legal and finance, signed by mike: sent to the customer. */
  String contractAwaitingTheCustomer() {
    String number = orderNeedingAContract();
    complete(number, "Task_DraftContract", "sally", "sales", terms("NET_30", LocalDate.now().plusDays(30), null));
    complete(number, "Task_ReviewLegal", "larry", "legal", Map.of("legalDecision", "approve"));
    complete(number, "Task_ReviewRisk", "fiona", "finance", Map.of("riskDecision", "approve"));
    complete(number, "Task_SignInternally", "mike", "sales-managers", Map.of("internalSignatureDecision", "sign"));
    awaitCustomerSignature(number);
    return number;
  }

  /** The order's contract as /api shows it to an auditor. */
  Map<String, Object> contractOf(String orderNumber) {
    List<Map<String, Object>> contracts = Api.as(rest, "audrey").getList("/api/contracts?orderNumber=" + orderNumber);
    assertThat(contracts).hasSize(1);
    return contracts.get(0);
  }

  OrderStatus status(String number) {
    return orders.findByNumber(number).orElseThrow().getStatus();
  }

  void cleanUp() {
    identityService.clearAuthentication();
    // Through the order's process where it still runs (so shipping stops and releases its stock),
    // directly where it has ended.
    entered.forEach(number -> {
      ResponseEntity<Map> cancelled = Api.as(rest, "sally").post("/api/orders/" + number + "/cancel",
          "{\"reason\": \"Test clean-up: frees the customer's credit\"}");
      if (cancelled.getStatusCode().value() == 409) {
        lifecycle.cancel(number, "test", "Test clean-up: frees the customer's credit");
      }
    });
    entered.clear();
  }
}
