package org.ordertocash.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Enters orders through /api as a demo user and waits for what the processes do with them. */
public final class OrderDesk {

  private final TestRestTemplate rest;
  private final TaskService tasks;

  public OrderDesk(TestRestTemplate rest, TaskService tasks) {
    this.rest = rest;
    this.tasks = tasks;
  }

  /** Enters an order (lines as JSON) for delivery in 20 days; answers its number. */
  public String enter(String user, String customer, String lines) {
    String body = """
        {"customerCode": "%s", "channel": "PHONE", "lines": %s, "requestedDeliveryDate": "%s"}
        """.formatted(customer, lines, LocalDate.now().plusDays(20));
    ResponseEntity<Map> answer = Api.as(rest, user).post("/api/orders", body);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    return (String) answer.getBody().get("number");
  }

  /** Waits until the order's status history (GET /api/orders/{number}, as audrey) has reached the status. */
  @SuppressWarnings("unchecked")
  public void awaitStatus(String number, String status) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      List<Map<String, Object>> history =
          (List<Map<String, Object>>) Api.as(rest, "audrey").get("/api/orders/" + number).getBody().get("statusHistory");
      assertThat(history).extracting(change -> change.get("status")).contains(status);
    });
  }

  /** Waits for the order's open task of this key (engine API, no user) and answers it. */
  public Task awaitTask(String number, String taskKey) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult(), task -> task != null);
  }
}
