package org.ordertocash.billing;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * What is open on an invoice, taken off by payments and credit notes alike: under the
 * receivable's row lock, never more than is open; a settled invoice is marked so, the order's
 * collection is told, and the invoice's dunning (if any) ends.
 */
@Component
class OpenItems {

  private final ReceivableRepository receivables;
  private final CollectionSignal signal;

  OpenItems(ReceivableRepository receivables, CollectionSignal signal) {
    this.receivables = receivables;
    this.signal = signal;
  }

  /** The invoice's receivables (one, or one per installment), locked until the transaction ends. */
  InvoiceBalance lock(Invoice invoice) {
    return new InvoiceBalance(invoice.getNumber(), receivables.lockByInvoiceNumber(invoice.getNumber()));
  }

  /** Takes up to {@code most} off what is open on the invoice; answers how much it took. */
  BigDecimal takeOff(Invoice invoice, BigDecimal most) {
    InvoiceBalance receivable = lock(invoice);
    BigDecimal share = most.min(receivable.getOpenAmount());
    if (share.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    receivable.settle(share);
    if (receivable.isSettled()) {
      invoice.settled();
      signal.receivableSettled(invoice.getNumber());
    }
    signal.openAmountReduced(invoice.getOrderNumber());
    return share;
  }

  /**
   * Tells the order's collection only: for a booking made by the invoice's own dunning (a
   * write-off), which ends that dunning itself.
   */
  void openAmountReducedWithoutSettling(Invoice invoice) {
    signal.openAmountReduced(invoice.getOrderNumber());
  }
}
