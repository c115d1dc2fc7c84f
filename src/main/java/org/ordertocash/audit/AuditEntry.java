package org.ordertocash.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing that happened, before it joins the chain: what kind, to which order, a sentence for
 * people and the particulars (values entered, rules matched, what changed) for the record.
 * Who and which request are filled in from the current request when left empty.
 */
public final class AuditEntry {

  private final AuditKind kind;
  private final String orderNumber;
  private final String summary;
  private final Map<String, Object> details = new LinkedHashMap<>();
  private String actor;
  private String processInstanceId;
  private String processKey;
  private String activityId;

  private AuditEntry(AuditKind kind, String orderNumber, String summary) {
    this.kind = kind;
    this.orderNumber = orderNumber;
    this.summary = summary;
  }

  public static AuditEntry of(AuditKind kind, String orderNumber, String summary) {
    return new AuditEntry(kind, orderNumber, summary);
  }

  public AuditEntry by(String actor) {
    this.actor = actor;
    return this;
  }

  public AuditEntry in(String processInstanceId, String processKey, String activityId) {
    this.processInstanceId = processInstanceId;
    this.processKey = processKey;
    this.activityId = activityId;
    return this;
  }

  /** Adds a particular; null values are left out. */
  public AuditEntry with(String name, Object value) {
    if (value != null) {
      details.put(name, value);
    }
    return this;
  }

  public AuditKind kind() { return kind; }
  public String orderNumber() { return orderNumber; }
  public String summary() { return summary; }
  public Map<String, Object> details() { return details; }
  public String actor() { return actor; }
  public String processInstanceId() { return processInstanceId; }
  public String processKey() { return processKey; }
  public String activityId() { return activityId; }
}
