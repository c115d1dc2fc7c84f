package org.ordertocash.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Days sales outstanding over the {@code days} up to {@code asOf}: what is open today, divided by
 * what was invoiced in the period, times its days. Null when nothing was invoiced in the period.
 */
public record DsoReport(LocalDate asOf, int days, String currency, BigDecimal openReceivables, BigDecimal invoiced,
    BigDecimal dso) {

  static DsoReport of(LocalDate asOf, int days, String currency, BigDecimal open, BigDecimal invoiced) {
    BigDecimal dso = invoiced.signum() == 0 ? null
        : open.multiply(BigDecimal.valueOf(days)).divide(invoiced, 1, RoundingMode.HALF_UP);
    return new DsoReport(asOf, days, currency, open.setScale(2), invoiced.setScale(2), dso);
  }
}
