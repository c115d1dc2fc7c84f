package org.ordertocash.negotiation;

import java.util.List;

import org.ordertocash.config.ApiError.FieldError;
import org.ordertocash.config.DomainException;

/** The customer's answer cannot be recorded as sent; the API answers 400 with these field messages. */
public class InvalidQuotationResponseException extends DomainException.InvalidInput {

  public InvalidQuotationResponseException(List<FieldError> errors) {
    super("Invalid quotation response", errors);
  }
}
