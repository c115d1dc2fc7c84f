package org.ordertocash.returns;

/** What happens to the returned goods after inspection. */
public enum Disposition {
  RESTOCK, SCRAP, REPAIR, RETURN_TO_SUPPLIER
}
