package org.ordertocash.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestTemplate;

/**
 * What operators and browsers see of the running application: probes and Prometheus metrics on
 * the management port only, the OpenAPI document for logged-in users, response headers of /api,
 * JSON errors for every path, and jobs of a crashed node run again within a minute.
 */
@AppTest
class OperationsTest {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @Test
  void probesAndMetricsAreOnTheManagementPortOnly() {
    Api.as(rest, "audrey").getText("/api/customers");
    RestTemplate management = new RestTemplate();
    String base = "http://localhost:" + managementPort + "/actuator";

    assertThat(management.getForObject(base + "/health/liveness", String.class)).contains("\"status\":\"UP\"");
    assertThat(management.getForObject(base + "/health/readiness", String.class)).contains("\"status\":\"UP\"");
    String metrics = management.getForObject(base + "/prometheus", String.class);
    assertThat(metrics).contains("otc_orders{status=\"CONFIRMED\"}", "otc_open_tasks{group=\"sales-managers\"}",
        "otc_jobs_due ", "otc_incidents ", "otc_outbox_pending ", "http_server_requests_seconds_count{");
    Api.as(rest, "mike").getText("/engine-rest/engine/" + engine.getName() + "/task/count");
    assertThat(management.getForObject(base + "/prometheus", String.class))
        .contains("otc_engine_rest_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/engine-rest/task/count\"}");

    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode().value())
        .as("not on the application's port").isIn(401, 404);
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value()).isIn(401, 404);
  }

  @Test
  void theOpenApiDocumentIsForLoggedInUsers() {
    assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> document = Api.as(rest, "sally").getText("/v3/api-docs");
    assertThat(document.getStatusCode().value()).isEqualTo(200);
    assertThat(document.getBody()).contains("\"openapi\"", "/api/orders", "/api/models/{key}/versions")
        .doesNotContain("/engine-rest");
    assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(Api.as(rest, "sally").getText("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void answersOfTheApiAreNeitherSniffedNorCached() {
    ResponseEntity<String> answer = Api.as(rest, "audrey").getText("/api/customers");
    assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
    assertThat(answer.getHeaders().getFirst("Strict-Transport-Security")).as("plain HTTP").isNull();

    HttpHeaders behindTls = new HttpHeaders();
    behindTls.setBasicAuth("audrey", "demo");
    behindTls.set("X-Forwarded-Proto", "https");
    assertThat(rest.exchange("/api/customers", HttpMethod.GET, new HttpEntity<>(behindTls), String.class)
        .getHeaders().getFirst("Strict-Transport-Security")).startsWith("max-age=");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/orders/%2f", "/api/orders/%00", "/api/orders\\x", "/error", "/no/such/page"})
  void everyErrorIsJson(String path) throws IOException {
    String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

    assertThat(answer).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
    assertThat(answer).containsIgnoringCase("Content-Type: application/json").contains("{\"status\":4")
        .doesNotContain("<html").doesNotContain("999");
  }

  @Test
  void jobsLockedByANodeThatDiedRunAgainOnceTheLockRunsOut() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getJobExecutor().getLockTimeInMillis()).as("a minute at most").isLessThanOrEqualTo(60_000);

    engine.getRepositoryService().createDeployment().addModelInstance("crash.bpmn",
        Bpmn.createExecutableProcess("crashRecovery").camundaHistoryTimeToLive(1).startEvent()
            .intermediateCatchEvent("Event_Wait").timerWithDuration("PT1H").serviceTask("Task_Run").name("Run")
            .camundaExpression("${execution.setVariable('ran', true)}").userTask("Task_After").name("After")
            .camundaCandidateGroups("sales").camundaDueDate("${dateTime().plusDays(1).toDate()}").endEvent().done())
        .deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("crashRecovery").getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    // As a node killed with -9 leaves it: due, locked by that node, and the lock has just run out.
    jdbc.sql("update ACT_RU_JOB set LOCK_OWNER_ = 'node-killed-9', LOCK_EXP_TIME_ = ?, DUEDATE_ = ? where ID_ = ?")
        .param(new Date(System.currentTimeMillis() - 1000)).param(new Date(System.currentTimeMillis() - 60_000))
        .param(timer.getId()).update();

    await().atMost(Duration.ofSeconds(30)).until(() ->
        engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_After").count() == 1);
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
