package org.ordertocash.outbox;

import jakarta.persistence.PostPersist;
import org.ordertocash.audit.AuditEntry;
import org.ordertocash.audit.AuditKind;
import org.ordertocash.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Each message queued for a customer goes on the audit trail: to whom, what, and its attachment. */
@Component
class OutboxAudit {

  private final AuditTrail trail;

  OutboxAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @PostPersist
  void queued(OutboxMessage message) {
    trail.record(AuditEntry.of(AuditKind.CUSTOMER_MESSAGE, message.getOrderNumber(),
            "Message to customer: " + message.getSubject())
        .with("messageId", message.getId())
        .with("type", message.getMessageType())
        .with("recipient", message.getRecipient())
        .with("subject", message.getSubject())
        .with("attachmentDocumentId", message.getAttachmentDocumentId()));
  }
}
