package org.ordertocash.document;

import org.ordertocash.config.DomainException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores issued and received documents once, with their SHA-256, and hands them out. */
@Service
public class DocumentService {

  public static final String PDF = "application/pdf";

  private final DocumentRepository documents;
  private final Clock clock;

  public DocumentService(DocumentRepository documents, Clock clock) {
    this.documents = documents;
    this.clock = clock;
  }

  /**
   * Stores the document unless one of this kind, reference and version exists already; then that
   * one is returned unchanged. A retried process step therefore never replaces a document that
   * may already have been sent (generated PDFs differ byte for byte between runs).
   */
  @Transactional
  public DocumentView storeOnce(DocumentKind kind, String reference, int version, String orderNumber,
      String fileName, String mediaType, byte[] content, String createdBy) {
    return DocumentView.of(documents.findByKindAndReferenceAndVersion(kind, reference, version)
        .orElseGet(() -> documents.saveAndFlush(new Document(kind, reference, version, orderNumber,
            fileName, mediaType, content, sha256(content), createdBy, clock.instant()))));
  }

  @Transactional(readOnly = true)
  public DocumentView get(long id) {
    return documents.findById(id).map(DocumentView::of)
        .orElseThrow(() -> new DomainException.NotFound("No document " + id));
  }

  @Transactional(readOnly = true)
  public byte[] content(long id) {
    return withContent(id).getContent();
  }

  /** The document with its content, for download. */
  @Transactional(readOnly = true)
  Document withContent(long id) {
    return documents.findById(id)
        .orElseThrow(() -> new DomainException.NotFound("No document " + id));
  }

  @Transactional(readOnly = true)
  public List<DocumentView> forOrder(String orderNumber) {
    return documents.findByOrderNumberOrderById(orderNumber).stream().map(DocumentView::of).toList();
  }

  /** Lower-case hex SHA-256, as recorded with every document. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
