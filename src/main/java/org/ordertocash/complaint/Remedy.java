package org.ordertocash.complaint;

/**
 * What a complaint is put right with: nothing more than the answer, a return, a credit note (with
 * finance's approval) or replacement goods.
 */
public enum Remedy {
  NONE, RETURN, CREDIT_NOTE, REPLACEMENT
}
