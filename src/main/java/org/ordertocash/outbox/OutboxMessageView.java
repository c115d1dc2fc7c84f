package org.ordertocash.outbox;

import java.time.Instant;


/** A customer message as listed for an order; {@code attachment} is null when nothing is attached. */
public record OutboxMessageView(String type, String recipient, String subject, String body,
    OutboxMessage.Status status, int attempts, String lastError, Instant createdAt, Instant sentAt,
    Attachments.AttachmentView attachment) {

  static OutboxMessageView of(OutboxMessage m, Attachments.AttachmentView attachment) {
    return new OutboxMessageView(m.getMessageType(), m.getRecipient(), m.getSubject(), m.getBody(),
        m.getStatus(), m.getAttempts(), m.getLastError(), m.getCreatedAt(), m.getSentAt(), attachment);
  }
}
