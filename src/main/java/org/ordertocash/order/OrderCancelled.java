package org.ordertocash.order;

/**
 * Published (synchronously, inside the cancelling transaction) when an order is cancelled, so
 * the features holding open documents for it (quotations, contracts) close them with it.
 */
public record OrderCancelled(String orderNumber, String cancelledBy, String reason) {}
