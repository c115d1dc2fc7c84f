package org.ordertocash.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Days sales outstanding: open today / invoiced in the period x its days, to one decimal. */
class DsoReportTest {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 31);

  @Test
  void openAgainstInvoicedTimesTheDays() {
    assertThat(DsoReport.of(TODAY, 90, "CNY", new BigDecimal("500.00"), new BigDecimal("1500.00")).dso())
        .isEqualByComparingTo("30.0");
    // 100 / 300 x 31 = 10.33...
    assertThat(DsoReport.of(TODAY, 31, "CNY", new BigDecimal("100.00"), new BigDecimal("300.00")).dso())
        .isEqualByComparingTo("10.3");
  }

  @Test
  void nothingInvoicedHasNoDso() {
    assertThat(DsoReport.of(TODAY, 90, "CNY", new BigDecimal("500.00"), BigDecimal.ZERO).dso()).isNull();
  }
}
