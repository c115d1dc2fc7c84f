package org.ordertocash.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  @Query("select case when count(m) > 0 then true else false end from OutboxMessage m where m.dedupKey = :dedupKey")
  boolean existsByDedupKey(String dedupKey);

  @Query("select count(m) from OutboxMessage m where m.status = :status")
  long countByStatus(OutboxMessage.Status status);

  @Query("select m from OutboxMessage m where m.orderNumber = :orderNumber order by m.id")
  List<OutboxMessage> findByOrderNumberOrderById(String orderNumber);

  /** Messages to send: pending ones, and ones whose sender died mid-send long enough ago. */
  @Query("select m.id from OutboxMessage m where m.status = 'PENDING' "
      + "or (m.status = 'SENDING' and m.claimedAt < :staleBefore) order by m.id")
  List<Long> findSendable(Instant staleBefore, Limit limit);

  /** Claims a message for sending; 0 when another sender was faster. */
  @Modifying
  @Query("update OutboxMessage m set m.status = 'SENDING', m.claimedAt = :now, m.attempts = m.attempts + 1 "
      + "where m.id = :id and (m.status = 'PENDING' or (m.status = 'SENDING' and m.claimedAt < :staleBefore))")
  int claim(Long id, Instant now, Instant staleBefore);

  @Modifying
  @Query("update OutboxMessage m set m.status = 'SENT', m.sentAt = :now, m.lastError = null where m.id = :id")
  void markSent(Long id, Instant now);

  @Modifying
  @Query("update OutboxMessage m set m.status = :status, m.lastError = :error where m.id = :id")
  void markFailed(Long id, OutboxMessage.Status status, String error);
}
