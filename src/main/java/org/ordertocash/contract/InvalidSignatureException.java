package org.ordertocash.contract;

/** A customer signature that cannot be accepted as sent (answered with 400 and the field). */
public class InvalidSignatureException extends RuntimeException {

  private final String field;

  public InvalidSignatureException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
