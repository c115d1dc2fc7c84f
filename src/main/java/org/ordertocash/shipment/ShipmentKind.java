package org.ordertocash.shipment;

/** Why a shipment exists: the order's first one, a backorder of what was short, or a replacement. */
public enum ShipmentKind {
  INITIAL, BACKORDER, REPLACEMENT
}
