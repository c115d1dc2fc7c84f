package org.ordertocash.customer;

/** Payment terms an order may carry. */
public enum PaymentTerms {
  PREPAID, NET_15, NET_30, NET_60, NET_90
}
