package org.ordertocash.negotiation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.ordertocash.support.Api;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Drives orders into and through negotiation as the demo users would (for the Spring tests). */
final class NegotiationDriver {

  final TestRestTemplate rest;
  final TaskService tasks;
  final RuntimeService runtime;
  final IdentityService identity;

  NegotiationDriver(TestRestTemplate rest, TaskService tasks, RuntimeService runtime, IdentityService identity) {
    this.rest = rest;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  /**
   * contract-signing belongs to another feature; where it is not deployed (this branch alone) a
   * stand-in that waits keeps the umbrella's confirmed path from failing. Never replaces a real one.
   */
  static void ensureContractSigningExists(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("contract-signing").count() == 0) {
      repository.createDeployment().name("test-contract-signing-stand-in")
          .addModelInstance("contract-signing.bpmn", Bpmn.createExecutableProcess("contract-signing")
              .camundaHistoryTimeToLive(1).startEvent().receiveTask("Task_WaitForContract").endEvent().done())
          .deploy();
    }
  }

  /** An order for 2 standing desks (list 1,299.00) at 800.00: 38 % below list, routed to negotiation. */
  String enterDeepDiscountOrder() {
    return enterDeepDiscountOrder("C-1001");
  }

  String enterDeepDiscountOrder(String customer) {
    String body = """
        {"customerCode": "%s", "channel": "PHONE", "lines": [{"sku": "P-200", "quantity": 2, "unitPrice": 800.00}],
         "requestedDeliveryDate": "%s"}
        """.formatted(customer, LocalDate.now().plusDays(20));
    return (String) Api.as(rest, "sally").post("/api/orders", body).getBody().get("number");
  }

  Task awaitTask(String order, String key) {
    identity.clearAuthentication();
    return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(order).taskDefinitionKey(key).singleResult(), task -> task != null);
  }

  void complete(String user, String group, Task task, Map<String, Object> variables) {
    identity.setAuthentication(user, List.of(group));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  void prepare(String order) {
    complete("sally", "sales", awaitTask(order, "Task_PrepareNegotiation"), Map.of("targetPrice", 2200,
        "bottomLine", 1900, "negotiationTeam", SpinValues.jsonValue("[\"sally\", \"fiona\"]").create(),
        "negotiationMaterials", "Price comparison"));
  }

  /** Sales proposes a unit price for the single line, as the Tasklist form submits it (Json). */
  void propose(String order, String unitPrice, String terms) {
    complete("sally", "sales", awaitTask(order, "Task_ProposeQuotation"), Map.of(
        "quotationLines", SpinValues.jsonValue("[{\"lineNo\": 1, \"sku\": \"P-200\", \"unitPrice\": " + unitPrice + "}]").create(),
        "proposedPaymentTerms", terms, "proposalNote", "Round for " + order));
  }

  String quotationNumber(String order) {
    return (String) runtime.createVariableInstanceQuery().processInstanceIdIn(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(order).processDefinitionKey("negotiation")
            .singleResult().getId()).variableName("quotationNumber").singleResult().getValue();
  }

  /** Waits until the negotiation waits for the customer's answer (quotation sent). */
  void awaitQuotationSent(String order) {
    await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(order).processDefinitionKey("negotiation").activityIdIn("Gateway_AwaitResponse")
        .count() == 1);
  }
}
