package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ordertocash.support.WebappSession;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Both REST APIs answer a task completion that a task listener refuses with 400 and the reason:
 * /engine-rest for programs, the webapps' engine API for Tasklist, where the person reads it in
 * the form as one sentence, and neither writes an ERROR to the log.
 */
// A context of its own: the webapps find their engine through Camunda's static registry, which a
// context started and closed by an earlier test class leaves unusable for the cached one (500).
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class TaskRefusalRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void tasklistShowsARefusalAsItsSentenceAndTheTaskStaysOpen(CapturedOutput output) throws Exception {
    String taskId = reviewTaskOfANewCustomersOrder();
    int logged = output.getAll().length();
    WebappSession mike = WebappSession.logIn(port, engine.getName(), "mike", "demo");

    HttpResponse<String> refused = mike.postJson("/camunda/api/engine/engine/" + engine.getName() + "/task/" + taskId
        + "/submit-form", "{\"variables\": {\"reviewDecision\": {\"value\": \"reject\"}, \"reviewComment\": {\"value\": \" \"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    Map<String, Object> body = new ObjectMapper().readValue(refused.body(), Map.class);
    assertThat(body).containsEntry("type", "TaskRefusal");
    assertThat((String) body.get("message")).startsWith("拒绝订单 SO-")
        .doesNotContain("ENGINE-", "Cannot submit", taskId);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(output.getAll().substring(logged)).doesNotContain("ENGINE-03051").doesNotContain(" ERROR ");
  }

  @Test
  void aRefusedCompletionIsABadRequestWithTheReason(CapturedOutput output) {
    String taskId = reviewTaskOfANewCustomersOrder();
    int logged = output.getAll().length();

    ResponseEntity<Map> refused = complete("mike", taskId, "reject", "  ");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody())
        .containsEntry("type", "FormFieldValidationException")
        .containsEntry("field", "reviewComment");
    assertThat((String) refused.getBody().get("message")).startsWith("拒绝订单 SO-");

    assertThat(output.getAll().substring(logged)).doesNotContain("ENGINE-03051").doesNotContain(" ERROR ");
    assertThat(complete("mike", taskId, "reject", "Not vetted").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void otherEngineErrorsKeepCamundasAnswer() {
    ResponseEntity<Map> unknown = complete("mike", "no-such-task", "approve", null);

    // Camunda's own answer to completing an unknown task (500, its message), unchanged
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(unknown.getBody()).containsEntry("type", "RestException");
    assertThat((String) unknown.getBody().get("message")).contains("Cannot find task with id no-such-task");
  }

  private String reviewTaskOfANewCustomersOrder() {
    String body = """
        {"customerCode": "C-1004", "channel": "EMAIL", "lines": [{"sku": "P-100", "quantity": 1}],
         "requestedDeliveryDate": "%s"}
        """.formatted(LocalDate.now().plusDays(20));
    String number = (String) Api.as(rest, "sally").post("/api/orders", body).getBody().get("number");
    return await().atMost(Duration.ofSeconds(30)).until(() -> {
      Map<String, Object> process = (Map<String, Object>) Api.as(rest, "mike").get("/api/orders/" + number).getBody().get("process");
      return ((List<Map<String, Object>>) process.get("openTasks")).stream()
          .filter(task -> "Task_ReviewOrder".equals(task.get("taskDefinitionKey")))
          .map(task -> (String) task.get("id")).findFirst().orElse(null);
    }, id -> id != null);
  }

  private ResponseEntity<Map> complete(String user, String taskId, String decision, String comment) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String variables = """
        {"variables": {"reviewDecision": {"value": "%s"}, "reviewComment": {"value": %s}}}
        """.formatted(decision, comment == null ? "null" : "\"" + comment + "\"");
    return rest.withBasicAuth(user, "demo").postForEntity(
        "/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/complete",
        new HttpEntity<>(variables, headers), Map.class);
  }
}
