package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.OrderDesk;
import org.ordertocash.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * audrey reads everything and changes nothing: every write she tries through the engine's REST
 * API, the webapps and /api is refused and leaves the order as it was — but she may change her
 * own password.
 */
@AppTest
class AuditorsChangeNothingTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void everyWriteOfAnAuditorIsRefused() {
    OrderDesk desk = new OrderDesk(rest, tasks);
    String number = desk.enter("sally", "C-1002", "[{\"sku\": \"P-400\", \"quantity\": 2}]");
    Task review = desk.awaitTask(number, "Task_ReviewOrder");
    String instance = review.getProcessInstanceId();
    String root = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
        .processDefinitionKey("order-to-cash").singleResult().getId();
    String definition = review.getProcessDefinitionId();
    String task = review.getId();

    Map<String, Integer> answers = new LinkedHashMap<>();
    String json = "{\"variables\": {\"reviewDecision\": {\"value\": \"approve\"}}}";
    answers.put("complete task", engine(HttpMethod.POST, "/task/" + task + "/complete", json));
    answers.put("submit form", engine(HttpMethod.POST, "/task/" + task + "/submit-form", json));
    answers.put("claim task", engine(HttpMethod.POST, "/task/" + task + "/claim", "{\"userId\": \"audrey\"}"));
    answers.put("comment", engine(HttpMethod.POST, "/task/" + task + "/comment/create", "{\"message\": \"seen\"}"));
    answers.put("attachment", attachment(task));
    answers.put("set variable", engine(HttpMethod.PUT, "/process-instance/" + instance + "/variables/routing",
        "{\"value\": \"AUTO_APPROVE\", \"type\": \"String\"}"));
    answers.put("delete instance", engine(HttpMethod.DELETE, "/process-instance/" + root, null));
    answers.put("suspend instance", engine(HttpMethod.PUT, "/process-instance/" + root + "/suspended", "{\"suspended\": true}"));
    answers.put("start process", engine(HttpMethod.POST, "/process-definition/key/order-to-cash/start", "{}"));
    answers.put("message", engine(HttpMethod.POST, "/message", "{\"messageName\": \"OrderCancelled\", \"businessKey\": \"" + number + "\"}"));
    answers.put("suspend definition", engine(HttpMethod.PUT, "/process-definition/" + definition + "/suspended", "{\"suspended\": true}"));
    answers.put("delete history", engine(HttpMethod.DELETE, "/history/process-instance/" + root, null));
    answers.put("create filter", engine(HttpMethod.POST, "/filter/create", "{\"resourceType\": \"Task\", \"name\": \"x\", \"query\": {}}"));
    answers.put("create user", engine(HttpMethod.POST, "/user/create", "{\"profile\": {\"id\": \"eve\"}, \"credentials\": {\"password\": \"Secret-123456\"}}"));
    answers.put("join a group", engine(HttpMethod.PUT, "/group/camunda-admin/members/audrey", null));
    answers.put("enter an order", api("/api/orders", "{\"customerCode\": \"C-1004\", \"channel\": \"PHONE\", \"lines\": [{\"sku\": \"P-100\", \"quantity\": 1}]}"));
    answers.put("cancel an order", api("/api/orders/" + number + "/cancel", "{\"reason\": \"audit\"}"));
    answers.put("open a complaint", api("/api/complaints", "{\"customerCode\": \"C-1004\", \"channel\": \"PHONE\", \"category\": \"QUALITY\", \"description\": \"x\"}"));
    WebappSession cockpit = WebappSession.logIn(port, engine.getName(), "audrey", "demo", "cockpit");
    // Refused, but after other test classes have used this application the webapps answer 500
    // instead of 403 here, with or without the audit filter on their path (noted in issue 14; the
    // REST API above answers 403).
    assertThat(cockpit.postJson("/camunda/api/engine/engine/" + engine.getName() + "/task/" + task
        + "/comment/create", "{\"message\": \"seen\"}").statusCode()).as("comment through the webapps")
        .isGreaterThanOrEqualTo(400);

    assertThat(answers).allSatisfy((write, status) -> assertThat(status).as(write).isIn(400, 401, 403, 404, 405));
    assertThat(tasks.createTaskQuery().taskId(task).singleResult()).as("the task is still open").isNotNull();
    assertThat(tasks.getTaskComments(task)).isEmpty();
    assertThat(tasks.getTaskAttachments(task)).isEmpty();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(root).singleResult().getState())
        .isEqualTo("ACTIVE");
  }

  @Test
  void anAuditorChangesHerOwnPassword() {
    String change = "{\"password\": \"Audit-Only-2026\", \"authenticatedUserPassword\": \"demo\"}";
    assertThat(engine(HttpMethod.PUT, "/user/audrey/credentials", change)).isEqualTo(204);
    try {
      assertThat(rest.exchange("/api/audit/verify", HttpMethod.GET, new HttpEntity<>(basic("Audit-Only-2026")),
          String.class).getStatusCode().value()).isEqualTo(200);
    } finally {
      HttpHeaders headers = basic("Audit-Only-2026");
      headers.setContentType(MediaType.APPLICATION_JSON);
      assertThat(rest.exchange("/engine-rest/engine/" + engine.getName() + "/user/audrey/credentials", HttpMethod.PUT,
          new HttpEntity<>("{\"password\": \"demo\", \"authenticatedUserPassword\": \"Audit-Only-2026\"}", headers),
          String.class).getStatusCode().value()).isEqualTo(204);
    }
    assertThat(engine(HttpMethod.PUT, "/user/mike/credentials",
        "{\"password\": \"Taken-Over-2026\", \"authenticatedUserPassword\": \"demo\"}")).as("someone else's")
        .isIn(403, 404);
  }

  private int engine(HttpMethod method, String path, String json) {
    HttpHeaders headers = Api.basic("audrey");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/engine-rest/engine/" + engine.getName() + path, method, new HttpEntity<>(json, headers),
        String.class).getStatusCode().value();
  }

  private int api(String path, String json) {
    return Api.as(rest, "audrey").post(path, json).getStatusCode().value();
  }

  private int attachment(String task) {
    HttpHeaders headers = Api.basic("audrey");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.put("attachment-name", List.of("note.txt"));
    form.put("url", List.of("http://example.com/note"));
    return rest.exchange("/engine-rest/engine/" + engine.getName() + "/task/" + task + "/attachment/create",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class).getStatusCode().value();
  }

  private static HttpHeaders basic(String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("audrey", password);
    return headers;
  }
}
