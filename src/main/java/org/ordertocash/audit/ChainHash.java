package org.ordertocash.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a record's fields and the previous record's hash, in a fixed order with separators
 * no field can contain unnoticed (a field's length precedes it), so no two different records
 * hash alike by shifting text between fields.
 */
final class ChainHash {

  static final String GENESIS = "0".repeat(64);

  private ChainHash() {}

  static String of(AuditRecord r) {
    StringBuilder text = new StringBuilder(256);
    field(text, r.prevHash());
    field(text, Long.toString(r.seq()));
    field(text, r.recordedAt().toString());
    field(text, r.orderNumber());
    field(text, r.kind());
    field(text, r.actor());
    field(text, r.requestId());
    field(text, r.processInstanceId());
    field(text, r.processKey());
    field(text, r.activityId());
    field(text, r.summary());
    field(text, r.details());
    return sha256(text.toString());
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append("-|");
    } else {
      text.append(value.length()).append(':').append(value).append('|');
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
