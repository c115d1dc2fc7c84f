package org.ordertocash.complaint;

/** What customer service found behind a complaint. */
public enum RootCause {
  PRODUCT_DEFECT, DELIVERY_DELAY, TRANSPORT_DAMAGE, BILLING_ERROR, STAFF_CONDUCT, MISUNDERSTANDING, OTHER
}
