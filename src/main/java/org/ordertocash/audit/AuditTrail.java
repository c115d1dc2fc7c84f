package org.ordertocash.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.EntityManagerFactory;
import org.ordertocash.identity.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the other modules and the engine hook use to put something on the record. Records are
 * queued in the transaction that produced them — all of them or, if it rolls back, none — so the
 * trail never tells of a change that did not happen, and a change never lands without its record;
 * the {@link AuditChainer} hashes them onto the chain once that transaction has committed.
 */
@Component
public class AuditTrail {

  private static final int MAX_DETAILS = 90_000;

  private final AuditStore store;
  private final AuditChainer chainer;
  private final Clock clock;
  private final ObjectProvider<EntityManagerFactory> entityManagers;
  private final ObjectProvider<PlatformTransactionManager> transactions;
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  AuditTrail(AuditStore store, AuditChainer chainer, Clock clock, ObjectProvider<EntityManagerFactory> entityManagers,
      ObjectProvider<PlatformTransactionManager> transactions) {
    // providers, not beans: the entity manager factory's listeners need this trail first
    this.store = store;
    this.chainer = chainer;
    this.clock = clock;
    this.entityManagers = entityManagers;
    this.transactions = transactions;
  }

  public void record(AuditEntry entry) {
    AuditContext request = AuditContext.current();
    if (request != null && entry.orderNumber() != null) {
      request.ordersTouched().add(entry.orderNumber());
    }
    AuditRecord unchained = new AuditRecord(0, AuditStore.toMillis(clock.instant()), entry.orderNumber(),
        entry.kind().name(), actor(entry, request), request == null ? null : request.requestId(),
        entry.processInstanceId(), entry.processKey(), entry.activityId(), shorten(entry.summary(), 1000),
        entry.details().isEmpty() ? null : toJson(entry), null, null);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      pending().add(unchained);
    } else {
      TransactionTemplate own = new TransactionTemplate(transactions.getObject());
      own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
      own.executeWithoutResult(status -> store.queue(List.of(unchained)));
      chainer.committed();
    }
  }

  private static String actor(AuditEntry entry, AuditContext request) {
    if (entry.actor() != null && !Actor.SYSTEM.equals(entry.actor())) {
      return entry.actor();
    }
    // The engine runs a request's work as the application (AsSystem); the person is the request's.
    return request != null && request.user() != null ? request.user() : Actor.SYSTEM;
  }

  @SuppressWarnings("unchecked")
  private List<AuditRecord> pending() {
    Object bound = TransactionSynchronizationManager.getResource(this);
    if (bound != null) {
      return (List<AuditRecord>) bound;
    }
    List<AuditRecord> records = new ArrayList<>();
    TransactionSynchronizationManager.bindResource(this, records);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        flushEntities();
        store.queue(new ArrayList<>(records));
        records.clear();
      }

      @Override
      public void afterCommit() {
        chainer.committed();
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
      }
    });
    return records;
  }

  /** Entities still unwritten record their changes when flushed; flush them before the chain closes. */
  private void flushEntities() {
    EntityManagerFactory factory = entityManagers.getIfAvailable();
    if (factory != null && TransactionSynchronizationManager.hasResource(factory)) {
      EntityManagerFactoryUtils.getTransactionalEntityManager(factory).flush();
    }
  }

  /** The particulars as JSON; too long ones keep their beginning as text, so the JSON stays valid. */
  private String toJson(AuditEntry entry) {
    try {
      String text = json.writeValueAsString(entry.details());
      return text.length() <= MAX_DETAILS ? text
          : json.writeValueAsString(java.util.Map.of("truncated", true, "length", text.length(),
              "start", text.substring(0, 2000)));
    } catch (JsonProcessingException e) {
      return "{\"unreadable\":\"" + e.getOriginalMessage().replace('"', '\'') + "\"}";
    }
  }

  private static String shorten(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
