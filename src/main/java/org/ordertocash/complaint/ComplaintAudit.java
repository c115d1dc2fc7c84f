package org.ordertocash.complaint;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import org.ordertocash.audit.AuditEntry;
import org.ordertocash.audit.AuditKind;
import org.ordertocash.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * A complaint about an order shows on that order's audit trail: when it is received and each
 * time it moves on (answered, escalated, resolved). Its own process is on the record under the
 * complaint's number.
 */
@Component
class ComplaintAudit {

  private final AuditTrail trail;

  ComplaintAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @PostPersist
  void received(Complaint complaint) {
    if (complaint.getOrderNumber() != null) {
      trail.record(AuditEntry.of(AuditKind.RELATED_CASE, complaint.getOrderNumber(),
              "Complaint " + complaint.getNumber() + " (" + complaint.getCategory() + ") received: "
                  + complaint.getDescription())
          .with("complaint", complaint.getNumber())
          .with("status", complaint.getStatus().name()));
    }
  }

  @PostUpdate
  void changed(Complaint complaint) {
    if (complaint.getOrderNumber() != null) {
      trail.record(AuditEntry.of(AuditKind.RELATED_CASE, complaint.getOrderNumber(),
              "Complaint " + complaint.getNumber() + " " + complaint.getStatus().name().toLowerCase().replace('_', ' '))
          .with("complaint", complaint.getNumber())
          .with("status", complaint.getStatus().name())
          .with("remedy", complaint.getRemedy() == null ? null : complaint.getRemedy().name()));
    }
  }
}
