package org.ordertocash.outbox;

import java.time.Instant;

public record OutboxMessageView(String type, String recipient, String subject, String body,
    OutboxMessage.Status status, int attempts, String lastError, Instant createdAt, Instant sentAt) {

  static OutboxMessageView of(OutboxMessage m) {
    return new OutboxMessageView(m.getMessageType(), m.getRecipient(), m.getSubject(), m.getBody(),
        m.getStatus(), m.getAttempts(), m.getLastError(), m.getCreatedAt(), m.getSentAt());
  }
}
