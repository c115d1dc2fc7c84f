package org.ordertocash.order;

public enum OrderStatus {
  RECEIVED, IN_REVIEW, CREDIT_HOLD, CONFIRMED, REJECTED, CANCELLED;

  public boolean isFinal() {
    return this == REJECTED || this == CANCELLED;
  }
}
