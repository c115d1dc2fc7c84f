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

  /** The hash this record must carry, given the hash before it. */
  String expectedHash() {
    return ChainHash.of(this);
  }
}
