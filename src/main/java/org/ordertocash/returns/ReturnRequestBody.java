package org.ordertocash.returns;

import java.util.List;

/**
 * {@code POST /api/returns}: customer service asks for a return on a customer's behalf. Reason and
 * wish are names of {@link ReturnReason} and {@link ReturnWish}; an EXCHANGE names one line and the
 * product wanted instead.
 */
public record ReturnRequestBody(String orderNumber, String reason, String wish, String notes, List<Line> lines) {

  /** How many units of which order line come back, and for an exchange the product wanted instead. */
  public record Line(Integer lineNo, Integer quantity, String exchangeSku) {}
}
