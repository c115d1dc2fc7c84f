package org.ordertocash.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a dunning letter claims: the open amount, the level's fee and the interest on the open
 * amount for the days overdue at a year's rate (a year = 365 days), rounded half up to the cent.
 */
record LetterAmounts(BigDecimal open, BigDecimal fee, BigDecimal interestRate, BigDecimal interest) {

  private static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365);

  static LetterAmounts of(BigDecimal open, BigDecimal fee, BigDecimal interestRate, int daysOverdue) {
    BigDecimal interest = open.multiply(interestRate).multiply(BigDecimal.valueOf(daysOverdue))
        .divide(DAYS_A_YEAR, 2, RoundingMode.HALF_UP);
    return new LetterAmounts(open, fee.setScale(2, RoundingMode.HALF_UP), interestRate, interest);
  }

  BigDecimal total() {
    return open.add(fee).add(interest);
  }
}
