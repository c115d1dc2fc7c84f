package org.ordertocash.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hashes queued records onto the chain after their transactions have committed (ADR 0016). One
 * thread per node does it in rounds, woken by the commits that queued records; every commit until
 * a round starts goes onto the chain in that round, so the chain's lock is taken once per round
 * instead of once per business transaction, and no business transaction waits.
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
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread t = new Thread(runnable, "audit-chainer");
    t.setDaemon(true);
    return t;
  });
  private final long delayMillis;

  AuditChainer(AuditStore store, ObjectProvider<PlatformTransactionManager> transactions,
      @Value("${ordertocash.audit.chain-delay:PT0.1S}") Duration delay) {
    // a provider: the transaction manager needs the entity manager factory, whose listeners need the trail
    this.store = store;
    this.transactions = transactions;
    this.delayMillis = delay.toMillis();
  }

  /**
   * A transaction that queued records has committed: chain them soon, without making it wait.
   * The round starts {@code chain-delay} later, so that it takes the records of every transaction
   * that commits meanwhile (one chain transaction for many, as a database's group commit does).
   */
  void committed() {
    if (woken.compareAndSet(false, true)) {
      try {
        thread.schedule(() -> {
          woken.set(false); // a commit from here on wakes another round, this one may miss it
          catchUp();
        }, delayMillis, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException stopping) {
        // the node is shutting down; the committed records wait for the next sweep, here or on another node
      }
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
