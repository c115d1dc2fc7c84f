package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What is open on one invoice across its receivables: one, or one per installment. Money taken off
 * settles the earliest installment first; money put back (a reversed payment) re-opens the latest
 * first. Its due date is that of the earliest installment still open.
 */
final class InvoiceBalance {

  private final String invoiceNumber;
  private final List<Receivable> installments;

  InvoiceBalance(String invoiceNumber, List<Receivable> installments) {
    if (installments.isEmpty()) {
      throw new IllegalStateException("Invoice " + invoiceNumber + " has no receivable");
    }
    this.invoiceNumber = invoiceNumber;
    this.installments = installments;
  }

  BigDecimal getOpenAmount() {
    return installments.stream().map(Receivable::getOpenAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  BigDecimal getAmount() {
    return installments.stream().map(Receivable::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  String getCurrency() {
    return installments.get(0).getCurrency();
  }

  /** The due date of the earliest installment still open (of the last one when all are settled). */
  LocalDate getDueDate() {
    return installments.stream().filter(r -> r.getOpenAmount().signum() > 0).findFirst()
        .orElse(installments.get(installments.size() - 1)).getDueDate();
  }

  /** What is open on {@code day} and past its due date. */
  BigDecimal overdueOn(LocalDate day) {
    return installments.stream().filter(r -> r.getDueDate().isBefore(day)).map(Receivable::getOpenAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  List<Receivable> installments() {
    return installments;
  }

  boolean isSettled() {
    return installments.stream().allMatch(Receivable::isSettled);
  }

  /** Takes {@code share} off, the earliest installment first; never more than is open. */
  void settle(BigDecimal share) {
    if (share.signum() <= 0 || share.compareTo(getOpenAmount()) > 0) {
      throw new IllegalArgumentException("Cannot settle " + share + " of " + invoiceNumber + ", open " + getOpenAmount());
    }
    BigDecimal left = share;
    for (Receivable installment : installments) {
      BigDecimal part = left.min(installment.getOpenAmount());
      if (part.signum() > 0) {
        installment.settle(part);
        left = left.subtract(part);
      }
    }
  }

  /** Puts back what a reversed payment had taken off, the latest installment first. */
  void reopen(BigDecimal share) {
    if (share.signum() <= 0 || getOpenAmount().add(share).compareTo(getAmount()) > 0) {
      throw new IllegalArgumentException("Cannot re-open " + share + " of " + invoiceNumber + ", open " + getOpenAmount());
    }
    BigDecimal left = share;
    for (int i = installments.size() - 1; i >= 0 && left.signum() > 0; i--) {
      Receivable installment = installments.get(i);
      BigDecimal part = left.min(installment.getAmount().subtract(installment.getOpenAmount()));
      if (part.signum() > 0) {
        installment.reopen(part);
        left = left.subtract(part);
      }
    }
  }
}
