package org.ordertocash.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Shared set-up of the web security tests: one Spring context (profile "test", demo users on,
 * own H2 database, unique engine name) for all subclasses, and a small HTTP client.
 *
 * <p>The engine has a unique name in tests, so engine REST calls use the named-engine paths
 * {@code /engine-rest/engine/<name>/...}; the unnamed {@code /engine-rest/...} resources look for
 * an engine called "default".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(IdentityTestController.class)
abstract class IdentityWebTestBase {

  static final String PASSWORD = "demo";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  final HttpClient http = HttpClient.newHttpClient();

  /** {@code /engine-rest/engine/<name>} + path. */
  String rest(String path) {
    return "/engine-rest/engine/" + engine.getName() + path;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  HttpResponse<String> send(String method, String path, String user, String password, String jsonBody) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Accept", "application/json")
        .method(method, jsonBody == null ? BodyPublishers.noBody() : BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", basic(user, password));
      // Each request from an address of its own: these tests fail logins on purpose, and
      // LoginThrottle would slow down the next test's logins from the same address.
      request.header("X-Forwarded-For", "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    }
    return send(http, request.build());
  }

  HttpResponse<String> get(String path, String user) {
    return send("GET", path, user, PASSWORD, null);
  }

  HttpResponse<String> post(String path, String user, String jsonBody) {
    return send("POST", path, user, PASSWORD, jsonBody);
  }

  /** multipart/form-data deployment of one BPMN file, as the REST API's deployment/create expects. */
  HttpResponse<String> deployViaRest(String user, String bpmnXml) {
    String boundary = "otc" + UUID.randomUUID();
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\notc-rest-deployment\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"rest-test.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmnXml + "\r\n"
        + "--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(uri(rest("/deployment/create")))
        .header("Authorization", basic(user, PASSWORD))
        .header("Accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return send(http, request);
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Deploys the test models (once, duplicate filtering) as nobody, i.e. without checks. */
  void deployTestModels() {
    engine.getRepositoryService().createDeployment()
        .name("otc-security-test-models")
        .enableDuplicateFiltering(false)
        .addModelInstance("security-test-task.bpmn", TestModels.userTaskProcess(TestModels.TASK_PROCESS))
        .addModelInstance("security-test-message.bpmn", TestModels.messageStartProcess())
        .deploy();
  }

  /** A fresh instance waiting in the sales task. */
  ProcessInstance startTaskProcess() {
    deployTestModels();
    return engine.getRuntimeService().startProcessInstanceByKey(TestModels.TASK_PROCESS);
  }
}
