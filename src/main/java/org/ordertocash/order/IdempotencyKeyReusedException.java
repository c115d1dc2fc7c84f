package org.ordertocash.order;

import org.ordertocash.config.DomainException;

/** An Idempotency-Key came back with a different request body; the API answers 409. */
public class IdempotencyKeyReusedException extends DomainException.Conflict {

  public IdempotencyKeyReusedException(String key, String orderNumber) {
    super("Idempotency-Key '" + key + "' was already used for order " + orderNumber
        + " with a different request");
  }
}
