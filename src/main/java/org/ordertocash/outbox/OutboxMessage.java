package org.ordertocash.outbox;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A message to a customer, stored with the business change that causes it. */
@Entity
@jakarta.persistence.EntityListeners(OutboxAudit.class)
public class OutboxMessage {

  public enum Status { PENDING, SENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String orderNumber;
  private String messageType;
  private String dedupKey;
  private String recipient;
  private String subject;
  private String body;
  @Enumerated(EnumType.STRING)
  private Status status;
  private int attempts;
  private String lastError;
  private Instant createdAt;
  private Instant claimedAt;
  private Instant sentAt;
  /** A document sent along (quotation, contract), or null. */
  private Long attachmentDocumentId;

  protected OutboxMessage() {}

  OutboxMessage(String orderNumber, String messageType, String dedupKey, String recipient,
      String subject, String body, Long attachmentDocumentId, Instant createdAt) {
    this.orderNumber = orderNumber;
    this.messageType = messageType;
    this.dedupKey = dedupKey;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.attachmentDocumentId = attachmentDocumentId;
    this.status = Status.PENDING;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getOrderNumber() { return orderNumber; }
  public String getMessageType() { return messageType; }
  public String getDedupKey() { return dedupKey; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public Status getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getSentAt() { return sentAt; }
  public Long getAttachmentDocumentId() { return attachmentDocumentId; }
}
