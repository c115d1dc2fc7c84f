package org.ordertocash.outbox;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes customer messages to the outbox. Must run inside the caller's transaction (a process
 * step), so a rollback leaves no message behind; the dedup key makes a repeated step harmless.
 */
@Service
public class OutboxService {

  private final OutboxRepository repository;
  private final Attachments attachments;
  private final Clock clock;

  public OutboxService(OutboxRepository repository, Attachments attachments, Clock clock) {
    this.repository = repository;
    this.attachments = attachments;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void enqueue(String orderNumber, String type, String dedupKey, String recipient,
      String subject, String body) {
    enqueue(orderNumber, type, dedupKey, recipient, subject, body, null);
  }

  /** As {@link #enqueue(String, String, String, String, String, String)}, with a document attached. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void enqueue(String orderNumber, String type, String dedupKey, String recipient,
      String subject, String body, Long attachmentDocumentId) {
    if (repository.existsByDedupKey(dedupKey)) {
      return;
    }
    repository.save(new OutboxMessage(orderNumber, type, dedupKey, recipient, subject, body,
        attachmentDocumentId, clock.instant()));
  }

  /** Messages waiting to be sent (operations metric). */
  @Transactional(readOnly = true)
  public long pendingCount() {
    return repository.countByStatus(OutboxMessage.Status.PENDING);
  }

  @Transactional(readOnly = true)
  public List<OutboxMessageView> messagesFor(String orderNumber) {
    return repository.findByOrderNumberOrderById(orderNumber).stream()
        .map(message -> OutboxMessageView.of(message, attachment(message)))
        .toList();
  }

  private Attachments.AttachmentView attachment(OutboxMessage message) {
    return message.getAttachmentDocumentId() == null ? null
        : attachments.describe(message.getAttachmentDocumentId()).orElse(null);
  }
}
