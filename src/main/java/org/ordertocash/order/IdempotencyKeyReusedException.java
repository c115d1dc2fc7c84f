package org.ordertocash.order;

/** An Idempotency-Key came back with a different request body; the API answers 409. */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException(String key, String orderNumber) {
    super("Idempotency-Key '" + key + "' was already used for order " + orderNumber
        + " with a different request");
  }
}
