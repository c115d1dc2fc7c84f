package org.ordertocash.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10's four-eyes bypasses replayed: a sales manager completing the first approval of a
 * 30.7 % discount on 90-day terms tries to set the variables that steer the approval (the first
 * approver, the route, finance's part) through every way Camunda offers. Each is refused and
 * nothing changes; the approval done as the form asks goes on to a second manager.
 */
@AppTest
class QuotationApprovalBypassTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;

  private NegotiationDriver driver;
  private String order;
  private Task approval;

  @BeforeEach
  void aQuotationWaitsForItsFirstApproval() {
    driver = new NegotiationDriver(rest, tasks, runtime, identity);
    order = driver.enterDeepDiscountOrder();
    driver.prepare(order);
    driver.propose(order, "900.00", "NET_90");
    approval = driver.awaitTask(order, "Task_ApproveQuotation");
    assertThat(steering()).containsExactly("SALES_DIRECTOR", true, "");
  }

  @Test
  void whoApprovedCannotBeSetThroughAnyWayIn() {
    String id = approval.getId();
    String nobody = "{\"variables\": {\"approvalDecision\": {\"value\": \"approve\"}, \"approvedBy\": {\"value\": \"nobody\"}}}";

    assertRefused(engine("mike", HttpMethod.POST, "/task/" + id + "/complete", nobody), "approvedBy");
    assertRefused(engine("mike", HttpMethod.POST, "/task/" + id + "/submit-form", nobody), "approvedBy");
    assertRefused(engine("mike", HttpMethod.POST, "/task/" + id + "/resolve", nobody), "approvedBy");
    assertRefused(engine("mike", HttpMethod.PUT, "/task/" + id + "/variables/approvedBy",
        "{\"value\": \"nobody\", \"type\": \"String\"}"), "approvedBy");
    assertRefused(engine("mike", HttpMethod.PUT, "/task/" + id + "/localVariables/approvedBy",
        "{\"value\": \"nobody\", \"type\": \"String\"}"), "approvedBy");
    assertRefused(engine("mike", HttpMethod.POST, "/task/" + id + "/variables",
        "{\"modifications\": {\"approvedBy\": {\"value\": \"nobody\"}}}"), "approvedBy");
    ResponseEntity<String> removal = engine("mike", HttpMethod.DELETE, "/task/" + id + "/variables/quotationProposedBy", null);
    assertThat(removal.getStatusCode().value()).isEqualTo(400);
    assertThat(removal.getBody()).contains("cannot be removed: quotationProposedBy");
    assertThat(engine("mike", HttpMethod.PUT, "/process-instance/" + approval.getProcessInstanceId()
        + "/variables/approvedBy", "{\"value\": \"nobody\", \"type\": \"String\"}").getStatusCode().value()).isEqualTo(403);
    assertThat(engine("mike", HttpMethod.PUT, "/execution/" + approval.getExecutionId()
        + "/localVariables/approvedBy", "{\"value\": \"nobody\", \"type\": \"String\"}").getStatusCode().value())
        .isEqualTo(403);
    HttpResponse<String> tasklist = WebappSession.logIn(port, engine.getName(), "mike", "demo")
        .postJson("/camunda/api/engine/engine/" + engine.getName() + "/task/" + id + "/submit-form", nobody);
    assertThat(tasklist.statusCode()).as(tasklist.body()).isGreaterThanOrEqualTo(400);
    assertThat(tasklist.body()).contains("approvedBy");

    assertNothingChanged();
  }

  @Test
  void theRouteAndFinancesPartCannotBeSkipped() {
    String skip = "{\"variables\": {\"approvalDecision\": {\"value\": \"approve\"},"
        + " \"approvalRoute\": {\"value\": \"SALES_MANAGER\"}, \"financeApproval\": {\"value\": false, \"type\": \"Boolean\"}}}";

    assertRefused(engine("mike", HttpMethod.POST, "/task/" + approval.getId() + "/complete", skip),
        "approvalRoute, financeApproval");

    assertNothingChanged();
  }

  @Test
  void anApprovalAsTheFormAsksGoesOnToASecondManagerMikeCannotSee() {
    ResponseEntity<String> approved = engine("mike", HttpMethod.POST, "/task/" + approval.getId() + "/complete",
        "{\"variables\": {\"approvalDecision\": {\"value\": \"approve\"}, \"approvalComment\": {\"value\": \"Fine\"}}}");

    assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
    Task second = driver.awaitTask(order, "Task_ApproveQuotation");
    assertThat(steering()).containsExactly("SALES_DIRECTOR", true, "mike");
    assertThat(engine("mike", HttpMethod.GET, "/task/" + second.getId(), null).getStatusCode().value()).isIn(403, 404);
  }

  private void assertNothingChanged() {
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).as("the approval is still open").isOne();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(order).taskDefinitionKey("Task_ApproveQuotation")
        .count()).as("no second step started").isOne();
    assertThat(steering()).containsExactly("SALES_DIRECTOR", true, "");
    assertThat(runtime.getVariable(approval.getExecutionId(), "quotationProposedBy")).isEqualTo("sally");
  }

  /** The variables that steer the approval: route, finance's part, who approved so far. */
  private List<Object> steering() {
    String execution = approval == null
        ? driver.awaitTask(order, "Task_ApproveQuotation").getExecutionId() : approval.getExecutionId();
    String instance = runtime.createExecutionQuery().executionId(execution).singleResult() == null
        ? runtime.createProcessInstanceQuery().processInstanceBusinessKey(order).processDefinitionKey("negotiation")
            .singleResult().getId()
        : execution;
    return java.util.Arrays.asList(runtime.getVariable(instance, "approvalRoute"),
        runtime.getVariable(instance, "financeApproval"), runtime.getVariable(instance, "approvedBy"));
  }

  private static void assertRefused(ResponseEntity<String> answer, String names) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody()).contains("accepts only what its form asks for").contains(names);
  }

  private ResponseEntity<String> engine(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/engine-rest/engine/" + engine.getName() + path, method, new HttpEntity<>(json, headers),
        String.class);
  }
}
