package org.ordertocash.claim;

import java.util.List;

import org.ordertocash.order.OrderRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order's carrier claims, for the order's view. */
@Component
@Order(3)
class ClaimRecords implements OrderRecords {

  private final CarrierClaimRepository claims;

  ClaimRecords(CarrierClaimRepository claims) {
    this.claims = claims;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordSummary> of(String orderNumber) {
    return claims.findByOrderNumberOrderById(orderNumber).stream()
        .map(c -> new RecordSummary("CLAIM", c.getNumber(), null, c.getStatus().name(),
            c.getReason() + " shipment " + c.getShipmentNumber(), "/api/claims/" + c.getNumber()))
        .toList();
  }
}
