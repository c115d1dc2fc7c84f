package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A bank's (or cashier's) notice of money received; {@code invoices} are the references the payer gave, if any. */
public record PaymentNotice(String payer, BigDecimal amount, String currency, LocalDate valueDate, String bankReference,
    PaymentMethod method, List<String> invoices, BigDecimal settledAmount) {

  public PaymentNotice {
    invoices = invoices == null ? List.of() : List.copyOf(invoices);
  }

  /** A notice in the company's currency. */
  public PaymentNotice(String payer, BigDecimal amount, String currency, LocalDate valueDate, String bankReference,
      PaymentMethod method, List<String> invoices) {
    this(payer, amount, currency, valueDate, bankReference, method, invoices, null);
  }
}
