package org.ordertocash.config;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Task listeners' refusals in the company's language (the form shows the sentence as it is):
 * texts under {@code refusal.*} in {@code i18n/labels_<lang>.properties}. A refusal that passes on
 * a domain check's message goes through {@link #passOn}.
 */
@Component
public class TaskRefusals {

  private final Labels labels;
  private final String currency;

  public TaskRefusals(OrderToCashProperties properties) {
    this.labels = properties.labels();
    this.currency = properties.currency().getCurrencyCode();
  }

  /** The refusal of {@code field} with the text {@code refusal.<key>}, its placeholders filled with {@code args}. */
  public FormFieldValidationException of(String field, String key, Object... args) {
    return TaskRefusal.of(field, labels.text("refusal." + key, args));
  }

  /**
   * The refusal of {@code field} for a domain check's {@code message} (shared with the REST API,
   * in English): the field's own sentence {@code refusal.field.<field>} in the company's language,
   * which may repeat the message as {@code {0}}; the message itself for a field without one.
   */
  public FormFieldValidationException passOn(String field, String message) {
    String key = "refusal.field." + field;
    return TaskRefusal.of(field, labels.has(key) ? labels.text(key, message) : message);
  }

  /** An amount a person typed into a form, in the company's currency (¥1,500.00). */
  public String money(java.math.BigDecimal amount) {
    return amount == null ? "" : Money.format(amount, currency);
  }

  /** Dates and codes as the refusal's sentence should show them. */
  public Labels labels() {
    return labels;
  }
}
