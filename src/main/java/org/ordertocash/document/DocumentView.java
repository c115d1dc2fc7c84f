package org.ordertocash.document;

import java.time.Instant;

/** A document's metadata; the content is at {@code /api/documents/{id}}. */
public record DocumentView(Long id, DocumentKind kind, String reference, int version,
    String orderNumber, String fileName, String mediaType, int sizeBytes, String sha256,
    String createdBy, Instant createdAt, String href) {

  public static DocumentView of(Document d) {
    return new DocumentView(d.getId(), d.getKind(), d.getReference(), d.getVersion(),
        d.getOrderNumber(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
        d.getCreatedBy(), d.getCreatedAt(), "/api/documents/" + d.getId());
  }
}
