package org.ordertocash.returns;

import java.util.List;
import java.util.stream.Collectors;

import org.ordertocash.order.OrderRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order's returns and where each stands, for the order's view. */
@Component
@Order(4)
class ReturnRecords implements OrderRecords {

  private final ReturnRequestRepository returns;

  ReturnRecords(ReturnRequestRepository returns) {
    this.returns = returns;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordSummary> of(String orderNumber) {
    return returns.findByOrderNumberOrderById(orderNumber).stream()
        .map(r -> new RecordSummary("RETURN", r.getNumber(), null, r.getStatus().name(),
            r.getReason() + ", " + r.getWish() + ": " + r.getLines().stream()
                .map(l -> l.getQuantity() + " x " + l.getSku()).collect(Collectors.joining(", "))
                + (r.getRmaNumber() == null ? "" : " (" + r.getRmaNumber() + ")"),
            "/api/returns/" + r.getNumber()))
        .toList();
  }
}
