package org.ordertocash.billing;

import java.util.regex.Pattern;

import org.ordertocash.config.DomainException;

/**
 * The shape of a fapiao's identifiers: a paper or classic electronic fapiao has a code of 10 or
 * 12 digits and a number of 8 digits; a fully digitalised one (全电发票) has a 20-digit number and
 * no code.
 */
final class FapiaoCheck {

  private static final Pattern CODE = Pattern.compile("\\d{10}|\\d{12}");
  private static final Pattern NUMBER = Pattern.compile("\\d{8}|\\d{20}");

  private FapiaoCheck() {}

  static void check(String code, String number) {
    if (number == null || !NUMBER.matcher(number).matches()) {
      throw new DomainException.InvalidInput("fapiaoNumber", "A fapiao number has 8 digits (20 for a fully digital fapiao)");
    }
    boolean digital = number.length() == 20;
    if (digital && code != null && !code.isEmpty()) {
      throw new DomainException.InvalidInput("fapiaoCode", "A fully digital fapiao (20-digit number) has no code");
    }
    if (!digital && (code == null || !CODE.matcher(code).matches())) {
      throw new DomainException.InvalidInput("fapiaoCode", "A fapiao code has 10 or 12 digits");
    }
  }
}
