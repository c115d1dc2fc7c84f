package org.ordertocash.billing;

/** Where an invoice stands: open until payments settle its gross amount, or written off as bad debt. */
public enum InvoiceStatus {
  OPEN, PAID, CANCELLED, WRITTEN_OFF
}
