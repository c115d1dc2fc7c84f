package org.ordertocash.shipment;

public enum ShippingMethod {
  OWN_FLEET, CARRIER, CUSTOMER_PICKUP
}
