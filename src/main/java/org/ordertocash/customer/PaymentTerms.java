package org.ordertocash.customer;

/**
 * Payment terms an order may carry, with the days the customer has to pay. PREPAID orders are
 * invoiced and paid before they ship; CASH_ON_DELIVERY orders are paid to the carrier on delivery.
 */
public enum PaymentTerms {
  PREPAID(0), CASH_ON_DELIVERY(0), NET_15(15), NET_30(30), NET_60(60), NET_90(90);

  private final int days;

  PaymentTerms(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
