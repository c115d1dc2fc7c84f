package org.ordertocash.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the outbox finds the documents attached to messages (implemented by the document module,
 * so the outbox depends on no feature).
 */
public interface Attachments {

  /** What an order's message list shows of an attached document. */
  record AttachmentView(Long id, String kind, String reference, int version, String fileName, String mediaType,
      int sizeBytes, String sha256, Instant createdAt, String href) {}

  /** The file the mail carries. */
  record AttachmentFile(String fileName, String mediaType, byte[] content) {}

  Optional<AttachmentView> describe(long documentId);

  Optional<AttachmentFile> file(long documentId);
}
