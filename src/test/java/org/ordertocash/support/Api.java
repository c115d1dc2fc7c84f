package org.ordertocash.support;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls /api as one of the demo users (password "demo"). */
public final class Api {

  private final TestRestTemplate rest;
  private final String user;

  private Api(TestRestTemplate rest, String user) {
    this.rest = rest;
    this.user = user;
  }

  /** HTTP Basic headers of a demo user (password "demo"). */
  public static HttpHeaders basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return headers;
  }

  public static Api as(TestRestTemplate rest, String user) {
    return new Api(rest, user);
  }

  public static Api anonymous(TestRestTemplate rest) {
    return new Api(rest, null);
  }

  public ResponseEntity<Map> get(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), Map.class);
  }

  /** A JSON array answer, e.g. a list of contracts. */
  @SuppressWarnings("unchecked")
  public java.util.List<Map<String, Object>> getList(String path) {
    ResponseEntity<java.util.List> response =
        rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), java.util.List.class);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("GET " + path + " answered " + response.getStatusCode());
    }
    return response.getBody();
  }

  public ResponseEntity<String> getText(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), String.class);
  }

  public ResponseEntity<Map> post(String path, String json) {
    return post(path, json, null);
  }

  public ResponseEntity<Map> post(String path, String json, String idempotencyKey) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers(idempotencyKey)), Map.class);
  }

  public ResponseEntity<Map> put(String path, String json) {
    return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers(null)), Map.class);
  }

  private HttpHeaders headers(String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    if (user != null) {
      headers.setBasicAuth(user, "demo");
    }
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return headers;
  }
}
