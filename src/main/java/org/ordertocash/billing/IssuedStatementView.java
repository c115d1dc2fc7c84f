package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An issued statement as the API shows it; {@code pdfHref} renders it for the customer. */
public record IssuedStatementView(long id, String customer, LocalDate from, LocalDate to, BigDecimal closingBalance,
    String currency, String issuedBy, Instant issuedAt, String response, String responseNote, String respondedBy,
    Instant respondedAt, String resolution, String resolutionNote, String resolvedBy, String pdfHref) {

  static IssuedStatementView of(IssuedStatement s) {
    return new IssuedStatementView(s.getId(), s.getCustomerCode(), s.getPeriodFrom(), s.getPeriodTo(),
        s.getClosingBalance(), s.getCurrency(), s.getIssuedBy(), s.getIssuedAt(), s.getResponse(), s.getResponseNote(),
        s.getRespondedBy(), s.getRespondedAt(), s.getResolution(), s.getResolutionNote(), s.getResolvedBy(),
        "/api/customers/" + s.getCustomerCode() + "/statement?from=" + s.getPeriodFrom() + "&to=" + s.getPeriodTo());
  }
}
