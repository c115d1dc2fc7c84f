package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's account from {@code from} to {@code to}: the balance before, each invoice and
 * refund (debits), credit note and payment (credits) in date order with the running balance, and
 * the balance after. A positive balance is what the customer owes; a negative one is their credit.
 */
public record Statement(String customer, String name, String currency, LocalDate from, LocalDate to,
    BigDecimal openingBalance, List<Entry> entries, BigDecimal closingBalance) {

  public record Entry(LocalDate date, String kind, String reference, String detail, BigDecimal debit,
      BigDecimal credit, BigDecimal balance) {}
}
