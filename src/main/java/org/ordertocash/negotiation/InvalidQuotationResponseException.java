package org.ordertocash.negotiation;

import java.util.List;

import org.ordertocash.config.ApiError.FieldError;

/** The customer's answer cannot be recorded as sent; the API answers 400 with these field messages. */
public class InvalidQuotationResponseException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidQuotationResponseException(List<FieldError> errors) {
    super("Invalid quotation response: " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }
}
