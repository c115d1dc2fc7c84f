package org.ordertocash.complaint;

/** Where a complaint stands: received, answered (the first response sent), resolved. */
public enum ComplaintStatus {
  OPEN, RESPONDED, RESOLVED
}
