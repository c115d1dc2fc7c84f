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
  private final Clock clock;

  public OutboxService(OutboxRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void enqueue(String orderNumber, String type, String dedupKey, String recipient,
      String subject, String body) {
    if (repository.existsByDedupKey(dedupKey)) {
      return;
    }
    repository.save(new OutboxMessage(orderNumber, type, dedupKey, recipient, subject, body, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<OutboxMessageView> messagesFor(String orderNumber) {
    return repository.findByOrderNumberOrderById(orderNumber).stream().map(OutboxMessageView::of).toList();
  }
}
