package org.ordertocash.customer;

/**
 * Payment terms an order may carry, with the days the customer has to pay. PREPAID orders are
 * invoiced and paid before they ship; CASH_ON_DELIVERY orders are paid to the carrier on delivery;
 * INSTALLMENTS orders carry a plan that splits each invoice into portions due on their own dates.
 */
public enum PaymentTerms {
  PREPAID(0), CASH_ON_DELIVERY(0), NET_15(15), NET_30(30), NET_60(60), NET_90(90), INSTALLMENTS(0);

  private final int days;

  PaymentTerms(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
