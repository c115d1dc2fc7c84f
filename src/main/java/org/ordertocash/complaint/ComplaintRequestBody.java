package org.ordertocash.complaint;

import java.util.List;

/**
 * {@code POST /api/complaints}: a customer's complaint as staff took it. {@code orderNumber} and
 * {@code lines} (the units concerned) are optional; a return, credit or replacement needs them.
 */
public record ComplaintRequestBody(String customerCode, String orderNumber, String channel, String category,
    String description, List<Line> lines) {

  public record Line(Integer lineNo, Integer quantity) {}
}
