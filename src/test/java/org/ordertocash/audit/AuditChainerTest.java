package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.ordertocash.support.Api;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records are queued in their business transaction, which never waits for the chain's lock, and
 * one chainer hashes them onto the chain after commit (ADR 0016 as amended in issue 16).
 */
@AppTest
@SuppressWarnings("unchecked")
class AuditChainerTest {

  @Autowired AuditTrail trail;
  @Autowired AuditChainer chainer;
  @Autowired AuditStore store;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate rest;

  @Test
  void aTransactionCommitsWhileAnotherHoldsTheChainAndItsRecordsFollowOnceTheChainIsFree() throws Exception {
    String order = order("LOCKED");
    ExecutorService business = Executors.newSingleThreadExecutor();
    try (Connection otherChainer = dataSource.getConnection()) {
      otherChainer.setAutoCommit(false);
      try (Statement sql = otherChainer.createStatement()) {
        sql.executeQuery("select last_seq from audit_chain_head where id = 1 for update").close();
      }
      Future<?> committed = business.submit(() -> transaction.executeWithoutResult(status -> record(order, "while locked")));

      committed.get(5, TimeUnit.SECONDS);
      assertThat(chained(order)).as("on the chain while another chainer holds it").isZero();
      assertThat(queued(order)).isEqualTo(1);
      otherChainer.rollback();
    } finally {
      business.shutdownNow();
    }

    // no reader and no sweep (every hour in tests): the commit itself woke the chainer
    await().atMost(Duration.ofSeconds(10)).until(() -> chained(order) == 1);
    assertThat(queued(order)).isZero();
    assertThat(verification()).containsEntry("intact", true);
  }

  @Test
  void aRolledBackTransactionLeavesNothingQueuedOrChained() {
    String order = order("ROLLED-BACK");
    transaction.executeWithoutResult(status -> {
      record(order, "undone");
      status.setRollbackOnly();
    });
    chainer.catchUp();

    assertThat(queued(order)).isZero();
    assertThat(chained(order)).isZero();
  }

  @Test
  void recordsANodeLeftQueuedWhenItDiedAreChainedByTheSweep() {
    String order = order("LEFT");
    queueWithoutWaking(order, "left behind");
    assertThat(chained(order)).isZero();

    chainer.sweep();

    assertThat(chained(order)).isEqualTo(1);
    assertThat(queued(order)).isZero();
  }

  @Test
  void anAuditorsAnswerIncludesRecordsStillQueued() {
    String order = order("READ");
    queueWithoutWaking(order, "read before chained");

    Map<String, Object> timeline = Api.as(rest, "audrey").get("/api/audit/orders/" + order).getBody();

    assertThat((List<Map<String, Object>>) timeline.get("events")).extracting(e -> e.get("summary"))
        .containsExactly("read before chained");
  }

  @Test
  void manyTransactionsAtOnceEachRecordJoinsTheChainOnceInItsTransactionsOrder() throws Exception {
    String prefix = order("MANY");
    ExecutorService writers = Executors.newFixedThreadPool(6);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 60; t++) {
      String order = prefix + "-" + t;
      done.add(writers.submit(() -> transaction.executeWithoutResult(status -> {
        for (int r = 1; r <= 3; r++) {
          record(order, "step " + r);
        }
      })));
    }
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    writers.shutdown();
    chainer.catchUp();

    for (int t = 0; t < 60; t++) {
      assertThat(jdbc.sql("select summary from audit_record where order_number = ? order by seq")
          .param(prefix + "-" + t).query(String.class).list()).containsExactly("step 1", "step 2", "step 3");
    }
    assertThat(jdbc.sql("select count(*) from audit_pending").query(Long.class).single()).isZero();
    assertThat(verification()).containsEntry("intact", true);
  }

  @Test
  void aCommitWhileTheNodeStopsIsNotTurnedIntoAFailure() throws Exception {
    AuditChainer stopping = new AuditChainer(store, null, Duration.ZERO);
    stopping.stop();

    assertThatCode(stopping::committed).as("after commit, as the node's last jobs finish").doesNotThrowAnyException();
  }

  private void record(String order, String summary) {
    trail.record(AuditEntry.of(AuditKind.API_WRITE, order, summary).by("sally"));
  }

  /** As a node does that dies between its commit and waking its chainer. */
  private void queueWithoutWaking(String order, String summary) {
    transaction.executeWithoutResult(status -> store.queue(List.of(new AuditRecord(0,
        AuditStore.toMillis(Instant.now()), order, AuditKind.API_WRITE.name(), "sally", null, null, null, null,
        summary, null, null, null))));
  }

  private long chained(String order) {
    return jdbc.sql("select count(*) from audit_record where order_number = ?").param(order).query(Long.class).single();
  }

  private long queued(String order) {
    return jdbc.sql("select count(*) from audit_pending where order_number = ?").param(order).query(Long.class).single();
  }

  private Map<String, Object> verification() {
    return Api.as(rest, "audrey").get("/api/audit/verify").getBody();
  }

  private static String order(String what) {
    return "CHAIN-" + what + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
