package org.ordertocash.billing;

import java.math.BigDecimal;

import org.ordertocash.config.DomainException;

/** An amount of money someone sends: above zero, to the cent at most. */
final class AmountCheck {

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
    return null;
  }
}
