package org.ordertocash.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What an auditor (audrey) reads about an order through the REST APIs: the order, its messages, its processes. */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class Auditor {

  private final TestRestTemplate rest;

  public Auditor(TestRestTemplate rest) {
    this.rest = rest;
  }

  public Map<String, Object> order(String number) {
    ResponseEntity<Map> answer = Api.as(rest, "audrey").get("/api/orders/" + number);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  public List<Map<String, Object>> messages(String number) {
    return Api.as(rest, "audrey").getList("/api/orders/" + number + "/messages");
  }

  /** The order's process instances from the engine's history (business key = order number). */
  public List<Map<String, Object>> processHistory(String number) {
    return rest.exchange("/engine-rest/history/process-instance?processInstanceBusinessKey={key}", HttpMethod.GET,
        new HttpEntity<>(Api.basic("audrey")), List.class, number).getBody();
  }
}
