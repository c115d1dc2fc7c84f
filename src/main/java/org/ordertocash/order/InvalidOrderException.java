package org.ordertocash.order;

import java.util.List;

import org.ordertocash.config.ApiError.FieldError;

/** The order cannot be accepted as sent; the API answers 400 with these field messages. */
public class InvalidOrderException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidOrderException(List<FieldError> errors) {
    super("Invalid order: " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }
}
