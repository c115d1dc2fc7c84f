package org.ordertocash.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.Labels;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.identity.AsSystem;
import org.ordertocash.order.CustomerMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys: sent once per delivered order, settled return and resolved complaint
 * (a link with a single-use token), answered once without a login. Each answer starts the
 * survey-answer process, which sends low scores to customer service.
 */
@Service
public class SurveyService {

  static final int MAX_COMMENT = 1000;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SurveyRepository surveys;
  private final CustomerDirectory customers;
  private final CustomerMessages messages;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final OrderToCashProperties properties;
  private final Clock clock;

  SurveyService(SurveyRepository surveys, CustomerDirectory customers, CustomerMessages messages,
      RuntimeService runtimeService, AsSystem asSystem, OrderToCashProperties properties, Clock clock) {
    this.surveys = surveys;
    this.customers = customers;
    this.messages = messages;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Sends the survey about {@code reference} (an order, return or complaint number) to the
   * customer, once: asked again, it sends nothing more. Runs in the caller's transaction.
   */
  @Transactional
  public void send(SurveyTopic topic, String reference, String orderNumber, String customerCode,
      String complaintCategory) {
    if (surveys.findByTopicAndReference(topic, reference).isPresent()) {
      return;
    }
    CustomerView customer = customers.get(customerCode);
    Labels labels = messages.labels(customer);
    Instant now = clock.instant();
    Survey survey = surveys.save(new Survey(newToken(), topic, reference, orderNumber, customerCode,
        customer.getValueClass().name(), complaintCategory, now, now.plus(properties.surveys().validFor())));
    String link = properties.surveys().publicUrl() + "/survey/" + survey.getToken();
    messages.send(orderNumber == null ? reference : orderNumber, customer, "SURVEY", "SURVEY:" + topic + ":" + reference,
        labels.text("mail.survey.subject", reference),
        labels.text("mail.survey.text", labels.code("SurveyAsk", topic.name()), reference, link,
            labels.date(survey.getExpiresAt())),
        null);
  }

  /** Records the customer's answer, once; a score of 1 or 2 reaches customer service through the process. */
  @Transactional
  public void answer(String token, Integer score, String comment) {
    Survey survey = surveys.findByToken(token).orElseThrow(() -> new DomainException.NotFound("No such survey"));
    if (clock.instant().isAfter(survey.getExpiresAt())) {
      throw new DomainException.Conflict("This survey could be answered until "
          + survey.getExpiresAt().atZone(clock.getZone()).toLocalDate() + "; it has expired");
    }
    if (score == null || score < 1 || score > 5) {
      throw new DomainException.InvalidInput("score", "Give a score from 1 (not at all satisfied) to 5 (very satisfied)");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new DomainException.InvalidInput("comment", "A comment can be at most " + MAX_COMMENT + " characters");
    }
    String text = comment == null || comment.isBlank() ? null : comment.trim();
    if (surveys.answer(token, score, text, clock.instant()) == 0) {
      throw new DomainException.Conflict("This survey has been answered already; thank you");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(SurveyAnswerProcess.SCORE.name(), score);
    variables.put(SurveyAnswerProcess.SURVEY_SUMMARY.name(), summary(survey, score, text));
    variables.put(SurveyAnswerProcess.SURVEY_TOKEN.name(), token);
    String key = survey.getOrderNumber() == null ? survey.getReference() : survey.getOrderNumber();
    asSystem.run(() -> runtimeService.startProcessInstanceByKey(SurveyAnswerProcess.KEY, key, variables));
  }

  /** Customer service followed up a low score; its note is kept with the answer. */
  @Transactional
  public void followedUp(String token, String note, String user) {
    surveys.findByToken(token).orElseThrow(() -> new IllegalStateException("No survey " + token)).followedUp(note, user);
  }

  private String summary(Survey survey, int score, String comment) {
    CustomerView customer = customers.get(survey.getCustomerCode());
    Labels labels = properties.labels();
    return labels.text("task.survey.heading", customer.getName(), customer.getCode(), customer.getValueClass(), score,
            labels.code(survey.getTopic()), survey.getReference())
        + "\n\n" + (comment == null ? labels.text("task.survey.noComment") : "> " + comment)
        + "\n\n" + labels.text("task.survey.contact", customer.getContactName(), customer.getContactEmail()
            + (customer.getContactPhone() == null ? "" : ", " + customer.getContactPhone()));
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
