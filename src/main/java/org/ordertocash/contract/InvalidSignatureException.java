package org.ordertocash.contract;

import org.ordertocash.config.DomainException;

/** A customer signature that cannot be accepted as sent (answered with 400 and the field). */
public class InvalidSignatureException extends DomainException.InvalidInput {

  public InvalidSignatureException(String field, String message) {
    super("Invalid signature", java.util.List.of(new org.ordertocash.config.ApiError.FieldError(field, message)));
  }

  public String getField() {
    return getErrors().get(0).field();
  }
}
