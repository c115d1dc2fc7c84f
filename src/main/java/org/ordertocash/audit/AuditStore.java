package org.ordertocash.audit;

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
 * The audit_record table through plain JDBC: appending to the chain under the head's row lock,
 * and reading records back. Nothing here updates or deletes a record.
 */
@Repository
class AuditStore {

  private static final String COLUMNS = "seq, recorded_at, order_number, kind, actor, request_id, "
      + "process_instance_id, process_key, activity_id, summary, details, prev_hash, hash";

  private final JdbcTemplate jdbc;
  private final AuditOrderIndex index;

  AuditStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.index = new AuditOrderIndex(jdbc);
  }

  /**
   * Chains the records in the given order after the current head and stores them, in the
   * caller's transaction. The head's row lock is held until that transaction ends, so appenders
   * queue here; callers append as late as they can (just before commit).
   */
  void append(List<AuditRecord> unchained) {
    Head head = jdbc.queryForObject(
        "select last_seq, last_hash from audit_chain_head where id = 1 for update",
        (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
    long seq = head.seq();
    String previous = head.hash();
    List<AuditRecord> chained = new ArrayList<>(unchained.size());
    for (AuditRecord r : unchained) {
      seq++;
      AuditRecord placed = new AuditRecord(seq, r.recordedAt(), r.orderNumber(), r.kind(), r.actor(),
          r.requestId(), r.processInstanceId(), r.processKey(), r.activityId(), r.summary(), r.details(),
          previous, null);
      String hash = ChainHash.of(placed);
      chained.add(new AuditRecord(seq, r.recordedAt(), r.orderNumber(), r.kind(), r.actor(), r.requestId(),
          r.processInstanceId(), r.processKey(), r.activityId(), r.summary(), r.details(), previous, hash));
      previous = hash;
    }
    jdbc.batchUpdate("insert into audit_record (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        chained, 500, (ps, r) -> {
          ps.setLong(1, r.seq());
          ps.setObject(2, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
          ps.setString(3, r.orderNumber());
          ps.setString(4, r.kind());
          ps.setString(5, r.actor());
          ps.setString(6, r.requestId());
          ps.setString(7, r.processInstanceId());
          ps.setString(8, r.processKey());
          ps.setString(9, r.activityId());
          ps.setString(10, r.summary());
          ps.setString(11, r.details());
          ps.setString(12, r.prevHash());
          ps.setString(13, r.hash());
        });
    jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, previous);
    index.apply(chained);
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
      String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
      jdbc.query("select seq, hash from audit_record where seq in (" + marks + ")",
          rs -> { hashes.put(rs.getLong(1), rs.getString(2)); }, part.toArray());
    }
    return hashes;
  }

  private static AuditRecord read(ResultSet rs, int row) throws SQLException {
    return new AuditRecord(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("order_number"), rs.getString("kind"), rs.getString("actor"), rs.getString("request_id"),
        rs.getString("process_instance_id"), rs.getString("process_key"), rs.getString("activity_id"),
        rs.getString("summary"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
  }

  record Head(long seq, String hash) {}

  static Instant toMillis(Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
