package org.ordertocash.identity;

/** The authenticated user may not do this; the API answers 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
