package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A bill in the register, with its history. */
public record BillView(String number, String drawer, String acceptorBank, BigDecimal amount, String currency,
    LocalDate issueDate, LocalDate maturityDate, List<String> invoices, String status, boolean settles,
    String endorsee, String discountBank, BigDecimal discountCharge, List<Event> events) {

  public record Event(String status, String detail, String recordedBy, Instant recordedAt) {}

  static BillView of(Bill b) {
    return new BillView(b.getNumber(), b.getDrawerCode(), b.getAcceptorBank(), b.getAmount(), b.getCurrency(),
        b.getIssueDate(), b.getMaturityDate(), b.getInvoiceNumbers(), b.getStatus().name(), b.getStatus().settles(),
        b.getEndorsee(), b.getDiscountBank(), b.getDiscountCharge(),
        b.getEvents().stream().map(e -> new Event(e.getStatus().name(), e.getDetail(), e.getRecordedBy(),
            e.getRecordedAt())).toList());
  }
}
