package org.ordertocash.returns;

/** What the customer wants for the goods: money back, the same goods again, or another product. */
public enum ReturnWish {
  REFUND, REPLACEMENT, EXCHANGE
}
