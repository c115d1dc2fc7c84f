package org.ordertocash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ordertocash.document.DocumentView;
import org.ordertocash.document.DocumentKind;
import org.ordertocash.document.DocumentService;
import org.ordertocash.support.Api;
import org.ordertocash.support.LocalPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on the real local PostgreSQL (a database of its own, created and dropped
 * here), driven only through its REST APIs: intake → review → CONFIRMED.
 */
@ExtendWith(LocalPostgres.PerTestClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // The engine keeps its production name "default": /engine-rest without /engine/{name} finds it.
    properties = {"camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=1000"})
@ActiveProfiles({"postgres", "dev"})
@DirtiesContext
class OrderToCashPostgresIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired DocumentService documents;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    LocalPostgres.datasourceFor(registry);
  }

  @Test
  void runsOnPostgres() {
    String product = jdbc.sql("select version()").query(String.class).single();
    assertThat(product).startsWith("PostgreSQL");
    assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single()).isPositive();
  }

  @Test
  void documentsCanNeitherBeChangedNorDeletedOnPostgres() {
    DocumentView document = documents.storeOnce(DocumentKind.QUOTATION, "QT-PG-IMMUTABLE", 1, "SO-PG-0",
        "QT-PG-IMMUTABLE-v1.pdf", DocumentService.PDF, "%PDF-1.7 test".getBytes(), "sally");

    assertThatThrownBy(() -> jdbc.sql("update document set file_name = 'forged.pdf' where id = ?")
        .param(document.id()).update())
        .hasMessageContaining("is immutable: UPDATE refused");
    assertThatThrownBy(() -> jdbc.sql("delete from document where id = ?").param(document.id()).update())
        .hasMessageContaining("is immutable: DELETE refused");
    assertThat(jdbc.sql("select file_name from document where id = ?").param(document.id())
        .query(String.class).single()).isEqualTo("QT-PG-IMMUTABLE-v1.pdf");
  }

  @Test
  void orderGoesFromIntakeThroughManagerReviewToConfirmed() {
    String body = """
        {"customerCode": "C-1004", "channel": "EMAIL",
         "lines": [{"sku": "P-100", "quantity": 3}, {"sku": "P-300", "quantity": 1, "unitPrice": 85.00}],
         "requestedDeliveryDate": "%s"}
        """.formatted(LocalDate.now().plusDays(20));
    ResponseEntity<Map> created = Api.as(rest, "sally").post("/api/orders", body, "pg-e2e-1");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("number");

    String taskId = await().atMost(Duration.ofSeconds(60)).until(() -> openTaskId(number, "Task_ReviewOrder"), id -> id != null);

    ResponseEntity<String> refused = completeTask("sally", taskId, "approve");
    assertThat(refused.getStatusCode().is2xxSuccessful()).as("sally is not a sales manager").isFalse();

    ResponseEntity<String> completed = completeTask("mike", taskId, "approve");
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // confirming is a save point: a job does it right after mike's completion, for mike
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat((List<Map<String, Object>>) Api.as(rest, "sally").get("/api/orders/" + number).getBody().get("statusHistory"))
            .anySatisfy(change -> assertThat(change).containsEntry("status", "CONFIRMED").containsEntry("changedBy", "mike")));
    assertThat(rest.withBasicAuth("audrey", "demo").getForObject("/api/orders/" + number + "/messages", List.class))
        .extracting(m -> ((Map<String, Object>) m).get("type")).containsExactly("ORDER_CONFIRMED");
    assertThat(rest.withBasicAuth("audrey", "demo").getForEntity(
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + number, List.class).getBody())
        .extracting(pi -> ((Map<String, Object>) pi).get("processDefinitionKey"))
        .contains("order-to-cash", "order-review");
  }

  @Test
  void autoApprovedOrderIsConfirmedWithoutAnyTask() {
    String body = """
        {"customerCode": "C-1001", "channel": "EDI", "lines": [{"sku": "P-200", "quantity": 1}],
         "requestedDeliveryDate": "%s"}
        """.formatted(LocalDate.now().plusDays(10));
    String number = (String) Api.as(rest, "sally").post("/api/orders", body, "pg-e2e-2").getBody().get("number");

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat((List<Map<String, Object>>) Api.as(rest, "sally").get("/api/orders/" + number).getBody().get("statusHistory"))
            .extracting(change -> change.get("status")).contains("CONFIRMED"));
  }

  private String openTaskId(String number, String taskKey) {
    Map<String, Object> process = (Map<String, Object>) Api.as(rest, "sally").get("/api/orders/" + number).getBody().get("process");
    return ((List<Map<String, Object>>) process.get("openTasks")).stream()
        .filter(task -> taskKey.equals(task.get("taskDefinitionKey")))
        .map(task -> (String) task.get("id")).findFirst().orElse(null);
  }

  private ResponseEntity<String> completeTask(String user, String taskId, String decision) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String variables = """
        {"variables": {"reviewDecision": {"value": "%s", "type": "String"}}}
        """.formatted(decision);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/complete",
        new HttpEntity<>(variables, headers), String.class);
  }
}
