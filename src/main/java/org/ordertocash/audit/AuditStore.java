package org.ordertocash.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit trail's tables through plain JDBC: queueing records in the business transaction,
 * chaining queued records under the head's row lock, and reading chained records back. Nothing
 * here updates or deletes a chained record.
 */
@Repository
class AuditStore {

  private static final String QUEUED = "recorded_at, order_number, kind, actor, request_id, "
      + "process_instance_id, process_key, activity_id, summary, details";
  private static final String COLUMNS = "seq, " + QUEUED + ", prev_hash, hash";

  private final JdbcTemplate jdbc;
  private final AuditOrderIndex index;

  AuditStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.index = new AuditOrderIndex(jdbc);
  }

  /**
   * Puts records in the queue for the chain, in the caller's transaction and in the given order.
   * No lock: transactions that record at the same moment do not wait for each other.
   */
  void queue(List<AuditRecord> unchained) {
    jdbc.batchUpdate("insert into audit_pending (" + QUEUED + ") values (?,?,?,?,?,?,?,?,?,?)",
        unchained, 500, (ps, r) -> bindContent(ps, 1, r));
  }

  /** The columns of {@link #QUEUED} in their order, from parameter {@code first} on. */
  private static void bindContent(PreparedStatement ps, int first, AuditRecord r) throws SQLException {
    ps.setObject(first, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
    ps.setString(first + 1, r.orderNumber());
    ps.setString(first + 2, r.kind());
    ps.setString(first + 3, r.actor());
    ps.setString(first + 4, r.requestId());
    ps.setString(first + 5, r.processInstanceId());
    ps.setString(first + 6, r.processKey());
    ps.setString(first + 7, r.activityId());
    ps.setString(first + 8, r.summary());
    ps.setString(first + 9, r.details());
  }

  boolean anyQueued() {
    return !jdbc.queryForList("select id from audit_pending fetch first 1 rows only", Long.class).isEmpty();
  }

  /**
   * Chains up to {@code limit} committed queued records after the current head, in the order they
   * were queued, and takes them off the queue — all in the caller's transaction, which holds the
   * head's row lock until it ends, so chainers (one per node) take turns. Returns how many it chained.
   */
  int chainQueued(int limit) {
    Head head = jdbc.queryForObject(
        "select last_seq, last_hash from audit_chain_head where id = 1 for update",
        (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
    List<Queued> queued = jdbc.query("select id, " + QUEUED + " from audit_pending order by id fetch first "
        + limit + " rows only", (rs, i) -> new Queued(rs.getLong("id"), read(rs, 0L, null, null)));
    if (queued.isEmpty()) {
      return 0;
    }
    long seq = head.seq();
    String previous = head.hash();
    List<AuditRecord> chained = new ArrayList<>(queued.size());
    for (Queued q : queued) {
      AuditRecord placed = q.record().placedAt(++seq, previous);
      chained.add(placed);
      previous = placed.hash();
    }
    jdbc.batchUpdate("insert into audit_record (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        chained, 500, (ps, r) -> {
          ps.setLong(1, r.seq());
          bindContent(ps, 2, r);
          ps.setString(12, r.prevHash());
          ps.setString(13, r.hash());
        });
    takeOffQueue(queued.stream().map(Queued::id).toList());
    jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, previous);
    index.apply(chained);
    return chained.size();
  }

  /** One statement per 500 records: deleting them one by one was the run's most frequent statement. */
  private void takeOffQueue(List<Long> ids) {
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
      jdbc.update("delete from audit_pending where id in (" + marks(part.size()) + ")", part.toArray());
    }
  }

  private static String marks(int count) {
    return String.join(",", java.util.Collections.nCopies(count, "?"));
  }

  Head head() {
    return jdbc.queryForObject("select last_seq, last_hash from audit_chain_head where id = 1",
        (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
  }

  List<AuditRecord> ofOrder(String orderNumber) {
    return jdbc.query("select " + COLUMNS + " from audit_record where order_number = ? order by seq",
        AuditStore::read, orderNumber);
  }

  /** Up to {@code limit} records after {@code afterSeq}, in chain order. */
  List<AuditRecord> page(long afterSeq, int limit) {
    return jdbc.query("select " + COLUMNS + " from audit_record where seq > ? order by seq fetch first "
        + limit + " rows only", AuditStore::read, afterSeq);
  }

  /** The record just before {@code seq}, or null at the chain's start. */
  AuditRecord at(long seq) {
    List<AuditRecord> found = jdbc.query("select " + COLUMNS + " from audit_record where seq = ?",
        AuditStore::read, seq);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The hashes stored at these positions of the chain. */
  java.util.Map<Long, String> hashesAt(List<Long> seqs) {
    java.util.Map<Long, String> hashes = new java.util.HashMap<>();
    for (int from = 0; from < seqs.size(); from += 500) {
      List<Long> part = seqs.subList(from, Math.min(seqs.size(), from + 500));
      jdbc.query("select seq, hash from audit_record where seq in (" + marks(part.size()) + ")",
          rs -> { hashes.put(rs.getLong(1), rs.getString(2)); }, part.toArray());
    }
    return hashes;
  }

  private static AuditRecord read(ResultSet rs, int row) throws SQLException {
    return read(rs, rs.getLong("seq"), rs.getString("prev_hash"), rs.getString("hash"));
  }

  private static AuditRecord read(ResultSet rs, long seq, String prevHash, String hash) throws SQLException {
    return new AuditRecord(seq, rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("order_number"), rs.getString("kind"), rs.getString("actor"), rs.getString("request_id"),
        rs.getString("process_instance_id"), rs.getString("process_key"), rs.getString("activity_id"),
        rs.getString("summary"), rs.getString("details"), prevHash, hash);
  }

  private record Queued(long id, AuditRecord record) {}

  record Head(long seq, String hash) {}

  static Instant toMillis(Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
