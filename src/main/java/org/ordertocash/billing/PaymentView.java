package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A booked payment as the API shows it: what came in and which invoices it settled. */
public record PaymentView(String bankReference, String payer, BigDecimal amount, String currency, LocalDate valueDate,
    PaymentMethod method, BigDecimal unallocatedAmount, String status, String receivedBy, List<Allocation> allocations,
    BigDecimal originalAmount, String originalCurrency) {

  public record Allocation(String invoice, BigDecimal amount, String matchedBy, String allocatedBy) {}

  static PaymentView of(Payment p) {
    return new PaymentView(p.getBankReference(), p.getPayerCode(), p.getAmount(), p.getCurrency(), p.getValueDate(),
        p.getMethod(), p.getUnallocatedAmount(), p.getStatus().name(), p.getReceivedBy(),
        p.getAllocations().stream().map(a -> new Allocation(a.getInvoiceNumber(), a.getAmount(),
            a.getMatchedBy().name(), a.getAllocatedBy())).toList(), p.getOriginalAmount(), p.getOriginalCurrency());
  }
}
