package org.ordertocash.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts for people and how far a price lies below the list price. Yuan are written the way
 * Chinese staff and customers write them ("¥12,345.60"); other currencies with their code after
 * the amount ("1,200.00 USD").
 */
public final class Money {

  private Money() {}

  public static String format(BigDecimal amount, String currency) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
    if ("CNY".equals(currency)) {
      return (rounded.signum() < 0 ? "-¥" : "¥") + format.format(rounded.abs());
    }
    return format.format(rounded) + " " + currency;
  }

  /** How far the price is below list, in percent with two decimals (0 when at or above list). */
  public static BigDecimal discountPercent(BigDecimal listPrice, BigDecimal unitPrice) {
    if (listPrice.signum() == 0 || unitPrice.compareTo(listPrice) >= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return listPrice.subtract(unitPrice).multiply(BigDecimal.valueOf(100)).divide(listPrice, 2, RoundingMode.HALF_UP);
  }
}
