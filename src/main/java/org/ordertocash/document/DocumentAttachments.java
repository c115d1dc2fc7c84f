package org.ordertocash.document;

import java.util.Optional;

import org.ordertocash.outbox.Attachments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored documents as the outbox attaches them to customer messages. */
@Component
class DocumentAttachments implements Attachments {

  private final DocumentRepository documents;

  DocumentAttachments(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AttachmentView> describe(long documentId) {
    return documents.findById(documentId).map(d -> new AttachmentView(d.getId(), d.getKind().name(), d.getReference(),
        d.getVersion(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(), d.getCreatedAt(),
        "/api/documents/" + d.getId()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AttachmentFile> file(long documentId) {
    return documents.findById(documentId).map(d -> new AttachmentFile(d.getFileName(), d.getMediaType(), d.getContent()));
  }
}
