package org.ordertocash.complaint;

/** How the complaint reached us. */
public enum ComplaintChannel {
  PHONE, EMAIL, WEB, VISIT
}
