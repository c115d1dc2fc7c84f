package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10's lock-out replayed over HTTP Basic: wrong passwords for carol from one address are
 * slowed down (429 with Retry-After) but lock nothing: carol, from her own address, and the
 * administrator still log in, and an administrator lets the guessed user try again at once.
 */
@AppTest
class LockOutTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired LoginThrottle throttle;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void wrongPasswordsFromOneAddressNeverLockTheAccount() {
    List<Integer> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      answers.add(get("carol", "wrong-" + i, "203.0.113.66").getStatusCode().value());
    }

    assertThat(answers.subList(0, 5)).containsOnly(401);
    assertThat(answers.subList(5, 12)).containsOnly(429);
    ResponseEntity<String> throttled = get("carol", "demo", "203.0.113.66");
    assertThat(throttled.getStatusCode().value()).as("not even the right password is tried").isEqualTo(429);
    assertThat(throttled.getHeaders().getFirst("Retry-After")).matches("\\d+");

    assertThat(get("carol", "demo", "10.1.2.3").getStatusCode().value()).as("carol at her desk").isEqualTo(200);
    assertThat(engine.getIdentityService().checkPassword("carol", "demo")).as("no engine lock").isTrue();
  }

  @Test
  void theOnlyAdministratorIsNeverLockedOut() {
    for (int i = 0; i < 30; i++) {
      get("admin", "guess-" + i, "198.51.100.23");
    }

    assertThat(get("admin", "demo", "198.51.100.23").getStatusCode().value()).isEqualTo(429);
    assertThat(get("admin", "demo", "10.1.2.4").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void anAdministratorLetsAThrottledUserTryAgain() {
    for (int i = 0; i < 6; i++) {
      get("walter", "wrong", "203.0.113.77");
    }
    assertThat(get("walter", "demo", "203.0.113.77").getStatusCode().value()).isEqualTo(429);

    HttpHeaders admin = headers("admin", "demo", "10.1.2.5");
    assertThat(rest.exchange("/api/login-throttle/walter", HttpMethod.DELETE, new HttpEntity<>(admin), String.class)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(rest.exchange("/api/login-throttle/walter", HttpMethod.DELETE,
        new HttpEntity<>(headers("carol", "demo", "10.1.2.6")), String.class).getStatusCode().value()).isEqualTo(403);

    assertThat(get("walter", "demo", "203.0.113.77").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theTasklistLoginFormIsThrottledTheSameWay() throws Exception {
    java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
        .cookieHandler(new java.net.CookieManager()).build();
    String base = "http://localhost:" + port;
    browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/app/tasklist/" + engine.getName() + "/"))
        .GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    String token = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    List<Integer> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
              base + "/camunda/api/admin/auth/user/" + engine.getName() + "/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
          .header("X-Forwarded-For", "203.0.113.88")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=larry&password=wrong" + i)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    assertThat(answers).containsExactly(401, 401, 401, 401, 401, 429);
    assertThat(get("larry", "demo", "10.1.2.7").getStatusCode().value()).isEqualTo(200);
  }

  private ResponseEntity<String> get(String user, String password, String address) {
    return rest.exchange("/engine-rest/engine/" + engine.getName() + "/task/count", HttpMethod.GET,
        new HttpEntity<>(headers(user, password, address)), String.class);
  }

  private static HttpHeaders headers(String user, String password, String address) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.set("X-Forwarded-For", address);
    return headers;
  }
}
