package org.ordertocash.claim;

import java.math.BigDecimal;

/** Reads amounts from process variables: forms submit numbers as Long or Double, REST callers may send text. */
final class ClaimVariables {

  private ClaimVariables() {}

  static BigDecimal decimal(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
