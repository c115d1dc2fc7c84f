package org.ordertocash.audit;

/** What an audit record is about; the timeline and the exports group by it. */
public enum AuditKind {
  PROCESS_STARTED,
  PROCESS_ENDED,
  ACTIVITY_STARTED,
  ACTIVITY_ENDED,
  MESSAGE_RECEIVED,
  TASK_CREATED,
  TASK_CANDIDATES,
  TASK_COMPLETED,
  TASK_DELETED,
  VARIABLE_SET,
  DECISION_EVALUATED,
  INCIDENT_CREATED,
  INCIDENT_RESOLVED,
  OPERATOR_ACTION,
  COMMENT_ADDED,
  HISTORY_DELETED,
  STATUS_CHANGED,
  DOCUMENT_STORED,
  CUSTOMER_MESSAGE,
  /** A case of its own about the order (a complaint), with its own timeline under its number. */
  RELATED_CASE,
  API_WRITE,
  /** A customer or product created or changed (filed under its code or SKU). */
  MASTER_DATA_CHANGED
}
