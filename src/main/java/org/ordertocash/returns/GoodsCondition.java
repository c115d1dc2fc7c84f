package org.ordertocash.returns;

/** The state the warehouse finds returned goods in. */
public enum GoodsCondition {
  AS_NEW, OPENED, DAMAGED, DEFECTIVE
}
