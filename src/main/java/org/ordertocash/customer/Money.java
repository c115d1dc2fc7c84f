package org.ordertocash.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats amounts for people: "12,345.60 CNY". */
public final class Money {

  private Money() {}

  public static String format(BigDecimal amount, String currency) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " " + currency;
  }
}
