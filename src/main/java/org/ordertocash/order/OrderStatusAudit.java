package org.ordertocash.order;

import jakarta.persistence.PostPersist;
import org.ordertocash.audit.AuditEntry;
import org.ordertocash.audit.AuditKind;
import org.ordertocash.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Each new entry of an order's status history goes on the audit trail as it is written. */
@Component
class OrderStatusAudit {

  private final AuditTrail trail;

  OrderStatusAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @PostPersist
  void recorded(OrderStatusChange change) {
    trail.record(AuditEntry.of(AuditKind.STATUS_CHANGED, change.getOrderNumber(),
            "Order " + change.getStatus() + (change.getReason() == null ? "" : ": " + change.getReason()))
        .by(change.getChangedBy())
        .with("status", change.getStatus().name())
        .with("reason", change.getReason())
        .with("changedAt", change.getChangedAt()));
  }
}
