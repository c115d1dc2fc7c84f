package org.ordertocash.config;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task listener's refusal of what a user submitted (four-eyes rule, a missing reason, a bottom
 * line above the target): the task stays open and the user is told why.
 *
 * <p>Refusals are {@link FormFieldValidationException}s. Camunda 7.24 wraps whatever a task
 * listener throws into a plain {@code ProcessEngineException} ("ENGINE-03051 ... Message: '...'"),
 * so callers recognise a refusal by its cause ({@link #isRefusal}); the REST API answers it with
 * 400 ({@link TaskRefusalExceptionMapper}).
 */
public final class TaskRefusal {

  private TaskRefusal() {}

  /** The exception to throw; {@code field} names the offending form field or rule. */
  public static FormFieldValidationException of(String field, String message) {
    return new FormFieldValidationException(field, message);
  }

  /** The refusal among the throwable and its causes, or null. */
  public static FormFieldValidationException find(Throwable throwable) {
    return Causes.first(throwable, FormFieldValidationException.class);
  }

  public static boolean isRefusal(Throwable throwable) {
    return find(throwable) != null;
  }
}
