package org.ordertocash.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The net, tax and gross amount of one invoice line, to the cent. Rounding is per line, half up,
 * and the invoice's totals are the sums of its lines, so lines always add up to the total:
 * <ul>
 *   <li>prices without tax: net = quantity x price; tax = net x rate; gross = net + tax;
 *   <li>prices with tax: gross = quantity x price; net = gross / (1 + rate); tax = gross - net.
 * </ul>
 */
record LineAmounts(BigDecimal net, BigDecimal tax, BigDecimal gross) {

  static LineAmounts of(int quantity, BigDecimal unitPrice, BigDecimal vatRate, boolean pricesIncludeTax) {
    BigDecimal extended = cents(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    if (pricesIncludeTax) {
      BigDecimal net = extended.divide(BigDecimal.ONE.add(vatRate), 2, RoundingMode.HALF_UP);
      return new LineAmounts(net, extended.subtract(net), extended);
    }
    BigDecimal tax = cents(extended.multiply(vatRate));
    return new LineAmounts(extended, tax, extended.add(tax));
  }

  LineAmounts plus(LineAmounts other) {
    return new LineAmounts(net.add(other.net), tax.add(other.tax), gross.add(other.gross));
  }

  static final LineAmounts ZERO = new LineAmounts(cents(BigDecimal.ZERO), cents(BigDecimal.ZERO), cents(BigDecimal.ZERO));

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
