package org.ordertocash.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ordertocash.returns.ReturnFixtures;
import org.ordertocash.shipment.ShipmentRepository;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.ordertocash.support.EngineRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Satisfaction surveys with the real beans: a resolved complaint sends a survey whose link the
 * customer answers without a login, once; unknown and expired tokens and scores outside 1–5 are
 * refused; a low score reaches customer service; the report counts it.
 */
@AppTest
@SuppressWarnings("unchecked")
class SurveyApiTest {

  static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]+)");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine processEngine;
  @Autowired ShipmentRepository shipments;
  @Autowired Clock clock;

  ReturnFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ReturnFixtures(rest, jdbc, processEngine.getRuntimeService(), processEngine.getTaskService(),
        shipments, clock);
  }

  EngineRest as(String user) {
    return EngineRest.as(rest, user, processEngine.getName());
  }

  /** A complaint of the fixtures' customer, answered and resolved; answers its number. */
  String resolvedComplaint() {
    ResponseEntity<Map> received = Api.as(rest, "carol").post("/api/complaints", """
        {"customerCode": "%s", "channel": "WEB", "category": "SERVICE", "description": "Hotline never answers"}
        """.formatted(fixtures.customer), UUID.randomUUID().toString());
    String number = (String) received.getBody().get("number");
    as("carol").completeTask(number, "Task_RespondToComplaint", Map.of("firstResponse", "Sorry, we call you today"));
    as("carol").completeTask(number, "Task_ResolveComplaint", Map.of("rootCause", "STAFF_CONDUCT",
        "actionTaken", "Hotline staffed at lunch", "resolution", "We have changed the hotline hours", "remedy", "NONE"));
    return number;
  }

  /** The token in the survey mail about complaint {@code reference}. */
  String surveyToken(String reference) {
    Map<String, Object> mail = await().atMost(Duration.ofSeconds(30)).until(() -> Api.as(rest, "audrey")
        .getList("/api/complaints/" + reference + "/messages").stream().filter(m -> "SURVEY".equals(m.get("type"))).findFirst().orElse(null), m -> m != null);
    Matcher link = LINK.matcher((String) mail.get("body"));
    assertThat(link.find()).as("a link in %s", mail.get("body")).isTrue();
    return link.group(1);
  }

  ResponseEntity<Map> answer(String token, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.postForEntity("/api/surveys/" + token, new HttpEntity<>(json, headers), Map.class);
  }

  @Test
  void theCustomerAnswersOnceWithoutLoginAndALowScoreReachesCustomerService() {
    String complaint = resolvedComplaint();
    String token = surveyToken(complaint);
    ResponseEntity<String> page = rest.getForEntity("/survey/" + token, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("How did we do?", "/api/surveys/" + token);

    ResponseEntity<Map> answered = answer(token, "{\"score\": 2, \"comment\": \"Still took three calls\"}");
    ResponseEntity<Map> again = answer(token, "{\"score\": 5}");

    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().toString()).contains("answered already");
    assertThat(jdbc.sql("select score from survey where token = ?").param(token).query(Integer.class).single())
        .isEqualTo(2);
    String followUp = as("carol").awaitTask(complaint, "Task_FollowUpLowScore");
    assertThat((String) as("carol").variables(followUp).get("surveySummary"))
        .contains("打了 **2 分（满分 5 分）**", "Still took three calls");
    as("carol").completeTask(complaint, "Task_FollowUpLowScore", Map.of("surveyFollowUpNote", "Called back, apologised"));
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select followed_up_by from survey where token = ?")
        .param(token).query(String.class).optional().isPresent());

    Map<String, Object> report = Api.as(rest, "audrey").get("/api/reports/satisfaction?customer=" + fixtures.customer
        + "&from=" + LocalDate.now(clock).minusDays(1)).getBody();
    assertThat((Map<String, Object>) report.get("total")).containsEntry("sent", 1).containsEntry("answered", 1)
        .containsEntry("averageScore", 2.0).containsEntry("responseRate", 1.0);
    assertThat((List<Map<String, Object>>) report.get("byComplaintCategory")).singleElement()
        .satisfies(g -> assertThat(g).containsEntry("group", "SERVICE").containsEntry("sent", 1));
    assertThat((List<Map<String, Object>>) report.get("byCustomerClass")).singleElement()
        .satisfies(g -> assertThat(g).containsEntry("answered", 1));
  }

  @Test
  void badAnswersAreRefusedAndChangeNothing() {
    String token = surveyToken(resolvedComplaint());

    assertThat(answer(token, "{\"score\": 6}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer(token, "{\"score\": 0}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer(token, "{}").getBody().toString()).contains("score from 1");
    assertThat(answer("unknown-token-0123456789", "{\"score\": 3}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    jdbc.sql("update survey set expires_at = ? where token = ?")
        .params(java.sql.Timestamp.from(clock.instant().minusSeconds(60)), token).update();
    ResponseEntity<Map> expired = answer(token, "{\"score\": 4}");
    assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(expired.getBody().toString()).contains("expired");
    assertThat(jdbc.sql("select count(*) from survey where token = ? and answered_at is null").param(token)
        .query(Long.class).single()).isOne();
  }

  @Test
  void theTokenOpensOnlyTheSurveyNothingElseBelowApi() {
    assertThat(rest.getForEntity("/api/reports/satisfaction", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/surveys/abc/../../orders", String.class).getStatusCode())
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/survey/x", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
