package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** VAT per line to the cent, half up, and totals that are the sums of their lines. */
class LineAmountsTest {

  private static final BigDecimal VAT_13 = new BigDecimal("0.13");

  @Test
  void pricesWithoutTaxGetTheirTaxAddedAndRoundedPerLine() {
    LineAmounts line = LineAmounts.of(3, new BigDecimal("33.33"), VAT_13, false);

    // 99.99 x 0.13 = 12.9987
    assertThat(line).isEqualTo(new LineAmounts(new BigDecimal("99.99"), new BigDecimal("13.00"), new BigDecimal("112.99")));
  }

  @Test
  void halfACentRoundsUp() {
    // 0.50 x 0.13 = 0.065
    assertThat(LineAmounts.of(1, new BigDecimal("0.50"), VAT_13, false).tax()).isEqualByComparingTo("0.07");
    // 0.10 x 0.25 = 0.025 (a rate of 25 %)
    assertThat(LineAmounts.of(1, new BigDecimal("0.10"), new BigDecimal("0.25"), false).tax()).isEqualByComparingTo("0.03");
  }

  @Test
  void pricesWithTaxAreSplitBackIntoNetAndTaxThatAddUpToTheGross() {
    LineAmounts line = LineAmounts.of(1, new BigDecimal("100.00"), VAT_13, true);

    // 100 / 1.13 = 88.4955...
    assertThat(line).isEqualTo(new LineAmounts(new BigDecimal("88.50"), new BigDecimal("11.50"), new BigDecimal("100.00")));
    LineAmounts three = LineAmounts.of(3, new BigDecimal("0.99"), new BigDecimal("0.06"), true);
    assertThat(three.net().add(three.tax())).isEqualByComparingTo(three.gross()).isEqualByComparingTo("2.97");
  }

  @Test
  void aZeroRateLineHasNoTax() {
    assertThat(LineAmounts.of(7, new BigDecimal("12.34"), BigDecimal.ZERO, false))
        .isEqualTo(new LineAmounts(new BigDecimal("86.38"), new BigDecimal("0.00"), new BigDecimal("86.38")));
  }

  @Test
  void totalsAreTheSumsOfTheRoundedLinesNotTheTotalRoundedAgain() {
    // each line's tax is 0.065 -> 0.07; taxing the total net (1.50 x 0.13 = 0.195 -> 0.20) would differ
    List<LineAmounts> lines = List.of(
        LineAmounts.of(1, new BigDecimal("0.50"), VAT_13, false),
        LineAmounts.of(1, new BigDecimal("0.50"), VAT_13, false),
        LineAmounts.of(1, new BigDecimal("0.50"), VAT_13, false));

    LineAmounts total = lines.stream().reduce(LineAmounts.ZERO, LineAmounts::plus);

    assertThat(total).isEqualTo(new LineAmounts(new BigDecimal("1.50"), new BigDecimal("0.21"), new BigDecimal("1.71")));
  }
}
