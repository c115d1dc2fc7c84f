package org.ordertocash.config;

import java.time.LocalDate;

/**
 * How far ahead dates people enter may lie: delivery dates, ship dates, claim deadlines. Further
 * is a typo (year 9999), not a plan.
 */
public final class BusinessDates {

  public static final int YEARS_AHEAD = 2;

  private BusinessDates() {}

  /** Whether the date lies no more than {@link #YEARS_AHEAD} years after today. */
  public static boolean withinHorizon(LocalDate date, LocalDate today) {
    return !date.isAfter(today.plusYears(YEARS_AHEAD));
  }

  public static String beyondHorizon(String what) {
    return what + " must lie within " + YEARS_AHEAD + " years";
  }
}
