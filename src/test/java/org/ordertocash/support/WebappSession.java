package org.ordertocash.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * A person logged into Camunda's webapps (Tasklist) as the browser is: session cookie from the
 * login form, the CSRF token the webapp hands out, sent back as {@code X-XSRF-TOKEN}. For calls
 * Tasklist itself makes, e.g. {@code /camunda/api/engine/engine/{name}/task/{id}/submit-form}.
 */
public final class WebappSession {

  private final HttpClient http;
  private final String base;
  private final String csrfToken;

  private WebappSession(HttpClient http, String base, String csrfToken) {
    this.http = http;
    this.base = base;
    this.csrfToken = csrfToken;
  }

  public static WebappSession logIn(int port, String engineName, String user, String password) {
    return logIn(port, engineName, user, password, "tasklist");
  }

  /** Logs in to one of the webapps: "tasklist", "cockpit" or "admin". */
  public static WebappSession logIn(int port, String engineName, String user, String password, String app) {
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    String base = "http://localhost:" + port;
    send(http, HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/" + engineName + "/")).GET().build());
    String token = token(cookies);
    HttpResponse<String> login = send(http, HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/" + engineName + "/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(BodyPublishers.ofString("username=" + user + "&password=" + password)).build());
    if (login.statusCode() != 200) {
      throw new AssertionError(app + " login of " + user + " answered " + login.statusCode() + ": " + login.body());
    }
    // The login starts a new session with a new token, handed out on the next GET.
    HttpResponse<String> after = send(http, HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/"))
        .header("Accept", "application/json").GET().build());
    return new WebappSession(http, base, after.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> token(cookies)));
  }

  public HttpResponse<String> get(String path) {
    return send(http, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(http, HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrfToken).POST(BodyPublishers.ofString(json)).build());
  }

  private static String token(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last)
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
