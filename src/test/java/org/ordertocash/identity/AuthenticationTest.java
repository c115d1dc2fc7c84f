package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Basic on /engine-rest and /api; 403 JSON for /api. */
class AuthenticationTest extends IdentityWebTestBase {

  static final String WRONG_PASSWORD_USER = "tessa";

  @Autowired
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> authenticationFilter;

  @BeforeEach
  void createWrongPasswordUser() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(WRONG_PASSWORD_USER).count() == 0) {
      User user = identity.newUser(WRONG_PASSWORD_USER);
      user.setPassword("right");
      identity.saveUser(user);
    }
  }

  @AfterEach
  void unlock() {
    engine.getIdentityService().unlockUser(WRONG_PASSWORD_USER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/engine/{engine}/task", "/api/test/identity/ping",
      "/api/orders"})
  void withoutCredentialsOrWithAWrongPasswordIs401(String pathTemplate) {
    String path = pathTemplate.replace("{engine}", engine.getName());

    HttpResponse<String> anonymous = send("GET", path, null, null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic realm="));

    // A user of its own: failed logins throttle (and after 10 lock) the user they name.
    assertThat(send("GET", path, WRONG_PASSWORD_USER, "wrong", null).statusCode()).isEqualTo(401);
    assertThat(send("GET", path, "nobody", "demo", null).statusCode()).isEqualTo(401);
  }

  @Test
  void validUserIsAuthenticatedForEngineRestAndApi() {
    assertThat(get(rest("/task"), "sally").statusCode()).isEqualTo(200);

    HttpResponse<String> ping = get("/api/test/identity/ping", "sally");
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(ping.body()).contains("\"user\":\"sally\"").contains("\"sales\"");
  }

  /**
   * The engine's authentication is a thread-local of the request thread: set for the request,
   * cleared after it, or the next request on the same pooled thread would run as sally. Driven on
   * this thread through the filter the server runs, so the test sees that thread-local.
   */
  @Test
  void theFilterSignsTheUserInForTheRequestAndOutAfterIt() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
    request.addHeader("Authorization", basic("sally", PASSWORD));
    AtomicReference<Authentication> during = new AtomicReference<>();

    authenticationFilter.getFilter().doFilter(request, new MockHttpServletResponse(),
        (req, res) -> during.set(engine.getIdentityService().getCurrentAuthentication()));

    assertThat(during.get()).isNotNull();
    assertThat(during.get().getUserId()).isEqualTo("sally");
    assertThat(during.get().getGroupIds()).contains(Groups.SALES);
    assertThat(engine.getIdentityService().getCurrentAuthentication()).as("after the request").isNull();
  }

  @Test
  void forbiddenExceptionIs403Json() {
    HttpResponse<String> sally = get("/api/test/identity/finance-only", "sally");
    assertThat(sally.statusCode()).isEqualTo(403);
    assertThat(sally.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(sally.body()).startsWith("{\"status\":403,\"message\":\"").contains("sally").doesNotContain("errors");

    assertThat(get("/api/test/identity/finance-only", "fiona").statusCode()).isEqualTo(200);
    assertThat(get("/api/test/identity/finance-only", "admin").statusCode()).isEqualTo(200);
  }

  @Test
  void engineAuthorizationExceptionIs403Json() {
    HttpResponse<String> sally = post("/api/test/identity/deploy", "sally", null);
    assertThat(sally.statusCode()).isEqualTo(403);
    assertThat(sally.body()).startsWith("{\"status\":403,\"message\":\"").contains("CREATE");

    assertThat(post("/api/test/identity/deploy", "paula", null).statusCode()).isEqualTo(200);
  }
}
