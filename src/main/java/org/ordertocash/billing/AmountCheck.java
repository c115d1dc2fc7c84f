package org.ordertocash.billing;

import java.math.BigDecimal;

import org.ordertocash.config.DomainException;

/** An amount of money someone sends: above zero, to the cent at most, and no more than the books hold. */
final class AmountCheck {

  /** Amounts are stored as numeric(19, 2): at most 17 digits before the decimal point. */
  static final BigDecimal LARGEST = new BigDecimal("99999999999999999.99");

  private AmountCheck() {}

  static void require(String field, BigDecimal amount) {
    String problem = problem(amount);
    if (problem != null) {
      throw new DomainException.InvalidInput(field, problem);
    }
  }

  /** What is wrong with the amount, or null. */
  static String problem(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      return "The amount must be greater than zero";
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return "The amount " + amount.toPlainString() + " has more than two decimals";
    }
    if (amount.compareTo(LARGEST) > 0) {
      return "The amount " + amount.toPlainString() + " is larger than any amount the books hold";
    }
    return null;
  }
}
