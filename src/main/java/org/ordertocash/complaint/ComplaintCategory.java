package org.ordertocash.complaint;

/** What the complaint is about. */
public enum ComplaintCategory {
  PRODUCT, DELIVERY, BILLING, SERVICE, OTHER
}
