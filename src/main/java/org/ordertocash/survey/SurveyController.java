package org.ordertocash.survey;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.ordertocash.identity.CurrentUser;
import org.ordertocash.identity.Groups;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's answer to a survey (no login: the token in the path is the only key) and the
 * satisfaction report for staff.
 */
@RestController
public class SurveyController {

  private final SurveyService surveys;
  private final SatisfactionReport report;
  private final CurrentUser currentUser;

  public SurveyController(SurveyService surveys, SatisfactionReport report, CurrentUser currentUser) {
    this.surveys = surveys;
    this.report = report;
    this.currentUser = currentUser;
  }

  /** The customer's score (1–5) and comment; once per survey. */
  public record Answer(Integer score, String comment) {}

  @PostMapping("/api/surveys/{token}")
  public Map<String, String> answer(@PathVariable String token, @RequestBody(required = false) Answer answer) {
    surveys.answer(token, answer == null ? null : answer.score(), answer == null ? null : answer.comment());
    return Map.of("message", "Thank you for your answer");
  }

  @GetMapping("/api/reports/satisfaction")
  public SatisfactionReport.Summary report(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Size(max = 20) String customer) {
    currentUser.requireAnyGroup(Groups.SALES_MANAGERS, Groups.CUSTOMER_SERVICE, Groups.AUDITORS);
    return report.summary(from, to, customer);
  }
}
