package org.ordertocash.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Works tasks through Camunda's REST API (/engine-rest) as a demo user, the way Tasklist does:
 * find the open task of an order by its task key, read its variables, complete it with typed
 * variables. Tasks of called processes carry the order number as business key too.
 */
public final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final String user;
  private final String base;

  private EngineRest(TestRestTemplate rest, String user, String base) {
    this.rest = rest;
    this.user = user;
    this.base = base;
  }

  /** The engine named "default" (/engine-rest without an engine name finds only that one). */
  public static EngineRest as(TestRestTemplate rest, String user) {
    return new EngineRest(rest, user, "/engine-rest");
  }

  /**
   * The engine of this name: test contexts name their engine uniquely
   * ({@code camunda.bpm.generate-unique-process-engine-name}), e.g. {@code processEngine.getName()}.
   */
  public static EngineRest as(TestRestTemplate rest, String user, String engineName) {
    return new EngineRest(rest, user, "/engine-rest/engine/" + engineName);
  }

  /** GET of a JSON array below the engine's REST root (e.g. "/filter?name={name}"); fails unless 200. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> getList(String pathTemplate, Object... uriVariables) {
    ResponseEntity<List> response = rest.exchange(base + pathTemplate, HttpMethod.GET, new HttpEntity<>(headers()),
        List.class, uriVariables);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("GET " + pathTemplate + " as " + user + " answered " + response.getStatusCode());
    }
    return response.getBody();
  }

  /** Waits until the user can see the order's open task with this key and returns its id. */
  public String awaitTask(String orderNumber, String taskKey) {
    return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
        .until(() -> openTaskId(orderNumber, taskKey), id -> id != null);
  }

  public String openTaskId(String orderNumber, String taskKey) {
    List<Map<String, Object>> tasks = rest.exchange(
        base + "/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}", HttpMethod.GET,
        new HttpEntity<>(headers()), List.class, orderNumber, taskKey).getBody();
    return tasks == null || tasks.isEmpty() ? null : (String) tasks.get(0).get("id");
  }

  /** The task's variables (local and inherited) as plain values. */
  public Map<String, Object> variables(String taskId) {
    Map<String, Map<String, Object>> typed = rest.exchange(base + "/task/{id}/variables", HttpMethod.GET,
        new HttpEntity<>(headers()), Map.class, taskId).getBody();
    Map<String, Object> values = new LinkedHashMap<>();
    typed.forEach((name, variable) -> values.put(name, variable.get("value")));
    return values;
  }

  /** Completes the task with the variables a form would submit; answers the engine's response. */
  public ResponseEntity<String> complete(String taskId, Map<String, Object> variables) {
    String body = variablesBody(variables);
    return rest.exchange(base + "/task/{id}/complete", HttpMethod.POST, new HttpEntity<>(body, headers()),
        String.class, taskId);
  }

  /** Submits the task's form as Tasklist does (the engine records each value as the person's entry). */
  public ResponseEntity<String> submitForm(String taskId, Map<String, Object> variables) {
    String body = variablesBody(variables);
    return rest.exchange(base + "/task/{id}/submit-form", HttpMethod.POST, new HttpEntity<>(body, headers()),
        String.class, taskId);
  }

  /** Finds the order's task, completes it and fails unless the engine accepted it. */
  public void completeTask(String orderNumber, String taskKey, Map<String, Object> variables) {
    String taskId = awaitTask(orderNumber, taskKey);
    ResponseEntity<String> response = complete(taskId, variables);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError(user + " could not complete " + taskKey + " of " + orderNumber + ": "
          + response.getStatusCode() + " " + response.getBody());
    }
  }

  private static String variablesBody(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, typed(value)));
    try {
      return JSON.writeValueAsString(Map.of("variables", typed));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Map<String, Object> typed(Object value) {
    Map<String, Object> variable = new LinkedHashMap<>();
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      try {
        variable.put("value", JSON.writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(e);
      }
      variable.put("type", "Json");
      return variable;
    }
    variable.put("value", value);
    variable.put("type", typeOf(value));
    return variable;
  }

  private static String typeOf(Object value) {
    if (value == null) {
      return "Null";
    }
    if (value instanceof Boolean) {
      return "Boolean";
    }
    if (value instanceof Integer) {
      return "Integer";
    }
    if (value instanceof Long) {
      return "Long";
    }
    if (value instanceof Number) {
      return "Double";
    }
    return "String";
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, "demo");
    return headers;
  }
}
