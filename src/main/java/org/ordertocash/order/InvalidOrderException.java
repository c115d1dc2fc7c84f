package org.ordertocash.order;

import java.util.List;

import org.ordertocash.config.ApiError.FieldError;
import org.ordertocash.config.DomainException;

/** The order cannot be accepted as sent; the API answers 400 with these field messages. */
public class InvalidOrderException extends DomainException.InvalidInput {

  public InvalidOrderException(List<FieldError> errors) {
    super("Invalid order", errors);
  }
}
