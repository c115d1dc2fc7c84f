package org.ordertocash.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.ordertocash.customer.PaymentTerms;

/**
 * What sales drafts and amends: payment terms, delivery date, the late-delivery penalty (percent
 * of the contract value per week late, capped) and special clauses (legal text).
 */
public record ContractTerms(PaymentTerms paymentTerms, LocalDate deliveryDate, BigDecimal penaltyPercentPerWeek,
    BigDecimal penaltyCapPercent, String specialClauses) {

  /** Whether anything commercial (not only the legal text) differs from {@code other}. */
  public boolean commerciallyDifferentFrom(ContractTerms other) {
    return paymentTerms != other.paymentTerms || !deliveryDate.equals(other.deliveryDate)
        || penaltyPercentPerWeek.compareTo(other.penaltyPercentPerWeek) != 0
        || penaltyCapPercent.compareTo(other.penaltyCapPercent) != 0;
  }

  public boolean legallyDifferentFrom(ContractTerms other) {
    return !nullToEmpty(specialClauses).equals(nullToEmpty(other.specialClauses));
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text.trim();
  }
}
