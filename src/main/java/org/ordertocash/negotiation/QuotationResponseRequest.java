package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The customer's answer to a quotation version, as staff record it: ACCEPT, COUNTER (with the
 * unit prices the customer offers per line) or REJECT (with the customer's reason).
 */
public record QuotationResponseRequest(
    @NotNull(message = "is required (ACCEPT, COUNTER or REJECT)") QuotationResponse.Decision decision,
    @NotNull(message = "is required: the quotation version the customer answers") @Positive Integer version,
    @Valid @Size(max = 200) List<Line> lines,
    @Size(max = 2000) String reason) {

  public record Line(
      @NotNull(message = "is required") @Positive Integer lineNo,
      @NotNull(message = "is required") @Positive(message = "must be above 0")
      @Digits(integer = 15, fraction = 2, message = "must have at most 2 decimals") BigDecimal unitPrice) {}

  public List<Line> linesOrEmpty() {
    return lines == null ? List.of() : lines;
  }
}
