package org.ordertocash.billing;

/** Where an invoice stands: open until payments settle its gross amount. */
public enum InvoiceStatus {
  OPEN, PAID, CANCELLED
}
