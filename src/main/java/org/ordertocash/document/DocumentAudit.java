package org.ordertocash.document;

import jakarta.persistence.PostPersist;
import org.ordertocash.audit.AuditEntry;
import org.ordertocash.audit.AuditKind;
import org.ordertocash.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Each stored document goes on the audit trail with its SHA-256, so a copy can be checked against it. */
@Component
class DocumentAudit {

  private final AuditTrail trail;

  DocumentAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @PostPersist
  void stored(Document document) {
    trail.record(AuditEntry.of(AuditKind.DOCUMENT_STORED, document.getOrderNumber(),
            document.getKind() + " " + document.getReference() + " v" + document.getVersion() + " stored")
        .by(document.getCreatedBy())
        .with("documentId", document.getId())
        .with("kind", document.getKind().name())
        .with("reference", document.getReference())
        .with("version", document.getVersion())
        .with("fileName", document.getFileName())
        .with("sizeBytes", document.getSizeBytes())
        .with("sha256", document.getSha256()));
  }
}
