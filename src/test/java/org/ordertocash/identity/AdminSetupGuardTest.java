package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CVE-2026-77226: with admin's membership in camunda-admin removed (the vulnerable state), the
 * setup endpoint must still refuse to create an administrator - with a valid CSRF token, so the
 * guard is the only possible reason for the refusal.
 */
class AdminSetupGuardTest extends IdentityWebTestBase {

  static final String MALLORY = "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\","
      + "\"email\":\"m@x\"},\"credentials\":{\"password\":\"x\"}}";

  IdentityService identityService;

  @BeforeEach
  void removeAdminMembership() {
    identityService = engine.getIdentityService();
    identityService.deleteMembership("admin", Groups.ADMINS);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINS).count()).isZero();
  }

  @AfterEach
  void restore() {
    if (identityService.createUserQuery().userId("admin").memberOfGroup(Groups.ADMINS).count() == 0) {
      identityService.createMembership("admin", Groups.ADMINS);
    }
    if (identityService.createUserQuery().userId("mallory").count() > 0) {
      identityService.deleteUser("mallory");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/camunda/api/admin/setup/{engine}/user/create",
      "//camunda/api/admin/setup/{engine}/user/create",
      "/camunda//api/admin//setup/{engine}/user/create",
      "/camunda/api/admin/setup/{engine}/user/create;x=1",
      "/camunda/api/admin;x=1/setup/{engine}/user/create",
      "/CAMUNDA/API/ADMIN/SETUP/{engine}/user/create",
      "/camunda/api/admin/%73etup/{engine}/user/create",
      "/camunda/api/admin/x/../setup/{engine}/user/create",
      "/camunda/api/admin/./setup/{engine}/user/create"})
  void setupIsRefused(String pathTemplate) {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    String csrfToken = csrfToken(browser);

    HttpRequest attack = HttpRequest.newBuilder(uri(pathTemplate.replace("{engine}", engine.getName())))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(BodyPublishers.ofString(MALLORY))
        .build();
    HttpResponse<String> response = send(browser, attack);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains(AdminSetupGuard.MESSAGE);
    assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();
  }

  /** The webapp hands out its CSRF token (cookie XSRF-TOKEN, bound to the session) on a GET. */
  private String csrfToken(HttpClient browser) {
    HttpResponse<String> page = send(browser,
        HttpRequest.newBuilder(uri("/camunda/app/admin/" + engine.getName() + "/")).GET().build());
    assertThat(page.statusCode()).as(page.uri() + " " + page.body()).isEqualTo(200);
    List<HttpCookie> cookies = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies();
    String token = cookies.stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in " + cookies)).getValue();

    // The token is accepted: a login with a wrong password fails on the password (401), not on
    // CSRF (403). So in the attack above CSRF cannot be the reason for a 403.
    HttpResponse<String> login = send(browser, HttpRequest.newBuilder(
            uri("/camunda/api/admin/auth/user/" + engine.getName() + "/login/admin"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        // an address of its own per attempt: LoginThrottle counts failed logins per user and address
        .header("X-Forwarded-For", "10.8." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250))
        .POST(BodyPublishers.ofString("username=nobody&password=wrong"))
        .build());
    assertThat(login.statusCode()).as("login with CSRF token: " + login.body()).isEqualTo(401);
    return token;
  }
}
