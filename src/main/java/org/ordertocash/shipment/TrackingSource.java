package org.ordertocash.shipment;

/** Who reported a tracking event: the carrier, the customer (confirmation of receipt) or our staff. */
public enum TrackingSource {
  CARRIER, CUSTOMER, STAFF
}
