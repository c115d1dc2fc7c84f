package org.ordertocash.audit;

import java.time.Instant;

/** A record as it stands in the chain. {@code details} is the JSON text the hash covers. */
public record AuditRecord(
    long seq,
    Instant recordedAt,
    String orderNumber,
    String kind,
    String actor,
    String requestId,
    String processInstanceId,
    String processKey,
    String activityId,
    String summary,
    String details,
    String prevHash,
    String hash) {

  /** This record at position {@code seq} of the chain, after the record whose hash is {@code prevHash}. */
  AuditRecord placedAt(long seq, String prevHash) {
    AuditRecord placed = new AuditRecord(seq, recordedAt, orderNumber, kind, actor, requestId, processInstanceId,
        processKey, activityId, summary, details, prevHash, null);
    return new AuditRecord(seq, recordedAt, orderNumber, kind, actor, requestId, processInstanceId, processKey,
        activityId, summary, details, prevHash, ChainHash.of(placed));
  }

  /** The hash this record must carry, given the hash before it. */
  String expectedHash() {
    return ChainHash.of(this);
  }
}
