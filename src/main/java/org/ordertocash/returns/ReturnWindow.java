package org.ordertocash.returns;

/**
 * How a return stands against the return policy: days since the goods were delivered, and the
 * strictest return window among its products (with that product's category).
 */
record ReturnWindow(int daysSinceDelivery, int returnWindowDays, String category) {

  int daysPastWindow() {
    return daysSinceDelivery - returnWindowDays;
  }
}
