package org.ordertocash.document;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * A document as issued or received, with the SHA-256 of its content. Written once: Hibernate
 * never updates an {@link Immutable} entity, and PostgreSQL refuses updates and deletes with a
 * trigger (see db/vendor/postgresql).
 */
@Entity
@jakarta.persistence.EntityListeners(DocumentAudit.class)
@Immutable
public class Document {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  private DocumentKind kind;
  private String reference;
  private int version;
  private String orderNumber;
  private String fileName;
  private String mediaType;
  private byte[] content;
  private int sizeBytes;
  private String sha256;
  private String createdBy;
  private Instant createdAt;

  protected Document() {}

  Document(DocumentKind kind, String reference, int version, String orderNumber, String fileName,
      String mediaType, byte[] content, String sha256, String createdBy, Instant createdAt) {
    this.kind = kind;
    this.reference = reference;
    this.version = version;
    this.orderNumber = orderNumber;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public DocumentKind getKind() { return kind; }
  public String getReference() { return reference; }
  public int getVersion() { return version; }
  public String getOrderNumber() { return orderNumber; }
  public String getFileName() { return fileName; }
  public String getMediaType() { return mediaType; }
  public byte[] getContent() { return content.clone(); }
  public int getSizeBytes() { return sizeBytes; }
  public String getSha256() { return sha256; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
