package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ordertocash.order.InstallmentPlan;

/** Portions of an invoice to the cent: never below zero, always adding up to its gross amount. */
class InstallmentScheduleTest {

  static final LocalDate ISSUED = LocalDate.parse("2027-01-10");

  static InstallmentPlan plan(String text) {
    return InstallmentPlan.parse(text);
  }

  static List<BigDecimal> amounts(String gross, String plan) {
    return InstallmentSchedule.of(new BigDecimal(gross), ISSUED, plan(plan)).stream()
        .map(InstallmentSchedule.Due::amount).toList();
  }

  @Test
  void eachPortionIsDueItsDaysAfterTheInvoice() {
    List<InstallmentSchedule.Due> schedule = InstallmentSchedule.of(new BigDecimal("1000.00"), ISSUED, plan("0:30,30:40,60:30"));

    assertThat(schedule).extracting(InstallmentSchedule.Due::no).containsExactly(1, 2, 3);
    assertThat(schedule).extracting(InstallmentSchedule.Due::dueDate)
        .containsExactly(ISSUED, LocalDate.parse("2027-02-09"), LocalDate.parse("2027-03-11"));
    assertThat(schedule).extracting(d -> d.amount().toPlainString()).containsExactly("300.00", "400.00", "300.00");
  }

  @Test
  void thirdsOfAHundredRoundTheRunningTotalSoTheLastTakesTheCent() {
    // running totals 33.333 -> 33.33 and 66.666 -> 66.67: the steps are 33.33, 33.34, 33.33
    assertThat(amounts("100.00", "0:33.33,30:33.33,60:33.34")).extracting(BigDecimal::toPlainString)
        .containsExactly("33.33", "33.33", "33.34");
    assertThat(amounts("100.01", "0:50,30:50")).extracting(BigDecimal::toPlainString)
        .containsExactly("50.01", "50.00");   // 50.005 rounds half up
  }

  @Test
  void aTinyInvoiceNeverGetsANegativePortion() {
    assertThat(amounts("0.01", "0:50,30:50")).extracting(BigDecimal::toPlainString).containsExactly("0.01", "0.00");
    assertThat(amounts("0.03", "0:33.33,10:33.33,20:33.34")).extracting(BigDecimal::toPlainString)
        .containsExactly("0.01", "0.01", "0.01");
  }

  @Test
  void anyAmountAndPlanAddUpToTheCent() {
    Random random = new Random(20261204);
    for (int round = 0; round < 2_000; round++) {
      BigDecimal gross = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
      String plan = randomPlan(random);
      List<BigDecimal> amounts = amounts(gross.toPlainString(), plan);
      assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as("%s split by %s", gross, plan)
          .isEqualByComparingTo(gross);
      assertThat(amounts).as("%s split by %s", gross, plan).allSatisfy(a -> {
        assertThat(a.signum()).isNotNegative();
        assertThat(a.scale()).isEqualTo(2);
      });
    }
  }

  /** 2 to 12 portions of whole hundredths of a percent adding up to 100 %. */
  private static String randomPlan(Random random) {
    int portions = 2 + random.nextInt(11);
    int left = 10_000;
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < portions; i++) {
      int share = i == portions - 1 ? left : 1 + random.nextInt(left - (portions - i - 1));
      left -= share;
      parts.add((i * 30) + ":" + BigDecimal.valueOf(share, 2).toPlainString());
    }
    return String.join(",", parts);
  }
}
