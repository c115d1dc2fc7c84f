package org.ordertocash.config;

import java.math.BigDecimal;

/** Reads amounts from process variables: forms submit numbers as Long or Double, REST callers may send text. */
public final class FormAmounts {

  private FormAmounts() {}

  /** The amount, or null when it is missing or not a number. */
  public static BigDecimal decimal(Object value) {
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
