package org.ordertocash.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ordertocash.order.InstallmentPlan;

/**
 * An invoice's gross amount split by the order's installment plan. Rounding: the running total of
 * the percentages is rounded half-up to the cent and each portion is the step between two running
 * totals, so the portions never go below zero and always add up to the gross amount exactly.
 */
final class InstallmentSchedule {

  record Due(int no, LocalDate dueDate, BigDecimal amount) {}

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private InstallmentSchedule() {}

  static List<Due> of(BigDecimal gross, LocalDate issued, InstallmentPlan plan) {
    List<Due> schedule = new ArrayList<>();
    BigDecimal percentSoFar = BigDecimal.ZERO;
    BigDecimal amountSoFar = BigDecimal.ZERO.setScale(2);
    List<InstallmentPlan.Portion> portions = plan.portions();
    for (int i = 0; i < portions.size(); i++) {
      percentSoFar = percentSoFar.add(portions.get(i).percent());
      BigDecimal runningTotal = i == portions.size() - 1 ? gross
          : gross.multiply(percentSoFar).divide(HUNDRED, 2, RoundingMode.HALF_UP);
      schedule.add(new Due(i + 1, issued.plusDays(portions.get(i).dueInDays()), runningTotal.subtract(amountSoFar)));
      amountSoFar = runningTotal;
    }
    return schedule;
  }
}
