package org.ordertocash.audit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hashes queued records onto the chain after their transactions have committed (ADR 0016). One
 * thread per node does it, woken by each commit that queued records; while it works, further
 * commits queue up and go onto the chain together in its next round, so the chain's lock is taken
 * once per round instead of once per business transaction, and no business transaction waits.
 * Readers of the trail call {@link #catchUp()} first, so what they read includes every committed
 * record; a sweep chains what a node that died left queued.
 */
@Component
class AuditChainer {

  private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
  static final int ROUND = 1_000;

  private final AuditStore store;
  private final ObjectProvider<PlatformTransactionManager> transactions;
  private final ReentrantLock chaining = new ReentrantLock();
  private final AtomicBoolean woken = new AtomicBoolean();
  private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
    Thread t = new Thread(runnable, "audit-chainer");
    t.setDaemon(true);
    return t;
  });

  AuditChainer(AuditStore store, ObjectProvider<PlatformTransactionManager> transactions) {
    // a provider: the transaction manager needs the entity manager factory, whose listeners need the trail
    this.store = store;
    this.transactions = transactions;
  }

  /** A transaction that queued records has committed: chain them soon, without making it wait. */
  void committed() {
    if (woken.compareAndSet(false, true)) {
      thread.execute(() -> {
        woken.set(false); // a commit from here on wakes another round, this one may miss it
        catchUp();
      });
    }
  }

  /** Chains every record committed so far; returns when they are on the chain (or a failure was logged). */
  void catchUp() {
    chaining.lock();
    try {
      TransactionTemplate round = new TransactionTemplate(transactions.getObject());
      round.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
      while (round.execute(status -> store.chainQueued(ROUND)) == ROUND) {
        // a full round: there may be more
      }
    } catch (RuntimeException e) {
      log.warn("Audit records stay queued until the next attempt: {}", e.toString());
    } finally {
      chaining.unlock();
    }
  }

  /** For readers: nothing to do, and no lock taken, when nothing is queued. */
  void catchUpIfQueued() {
    if (store.anyQueued()) {
      catchUp();
    }
  }

  /** Records a node left queued when it died (committed, but never woke its chainer). */
  @Scheduled(fixedDelayString = "${ordertocash.audit.sweep-interval:PT10S}", initialDelayString = "PT10S")
  void sweep() {
    catchUpIfQueued();
  }

  @PreDestroy
  void stop() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(10, TimeUnit.SECONDS);
  }
}
