package org.ordertocash.inventory;

/** What review proposes when stock does not cover an order. */
public enum StockProposal {
  /** Everything is available. */
  NONE,
  /** Ship what is available now, the rest later. */
  PARTIAL_DELIVERY,
  /** Nothing can ship now; deliver everything once replenished. */
  BACKORDER,
  /** The requested date is far enough away for replenishment to arrive: just wait. */
  WAIT
}
