package org.ordertocash.order;

/** How the order reached us. */
public enum Channel { WEB, PHONE, EMAIL, FAX, EDI }
