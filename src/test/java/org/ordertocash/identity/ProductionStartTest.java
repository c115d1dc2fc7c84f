package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.ordertocash.OrderToCashApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production settings (no demo profile) on an embedded database: the README's administrator
 * (ops-admin with a strong password) starts the app and logs in; a weak administrator password
 * stops the start with the policy's reason; no demo user exists.
 */
class ProductionStartTest {

  @Test
  void theReadmesAdministratorStartsTheAppAndLogsIn() throws Exception {
    try (ConfigurableApplicationContext app = start("ops-admin", "Change-me-2026!")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/api/models"))
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString("ops-admin:Change-me-2026!".getBytes(StandardCharsets.UTF_8)))
          .GET().build(), HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting("id").as("no demo users").containsExactly("ops-admin");
      assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMINS).list()).extracting("id").containsExactly("ops-admin");
    }
  }

  @Test
  void aWeakAdministratorPasswordStopsTheStart() {
    assertThatThrownBy(() -> start("ops-admin", "x").close())
        .hasStackTraceContaining("Password does not match policy");
  }

  private static ConfigurableApplicationContext start(String admin, String password) {
    return new SpringApplicationBuilder(OrderToCashApplication.class)
        .profiles("production-like")
        // Command-line arguments: they win over application.yml (builder properties would not).
        .run("--server.port=0", "--management.server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--OTC_ADMIN_USER=" + admin,
            "--OTC_ADMIN_PASSWORD=" + password);
  }
}
