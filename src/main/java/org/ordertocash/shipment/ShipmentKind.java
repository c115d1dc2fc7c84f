package org.ordertocash.shipment;

/**
 * Why a shipment exists: the order's first one, a backorder of what was short, a replacement of a
 * lost or damaged one, or goods sent for a return (a replacement, an exchange, repaired goods).
 */
public enum ShipmentKind {
  INITIAL, BACKORDER, REPLACEMENT, AFTER_SALES
}
