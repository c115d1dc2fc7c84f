package org.ordertocash.document;

/** What a stored document is. */
public enum DocumentKind {
  /** A quotation version as sent to the customer. */
  QUOTATION,
  /** A contract version as drafted, reviewed and sent for signature. */
  CONTRACT,
  /** The copy the customer signed and sent back. */
  SIGNED_CONTRACT,
  /** The delivery note that travels with a shipment. */
  DELIVERY_NOTE,
  /** An invoice as sent to the customer. */
  INVOICE,
  /** A credit note as sent to the customer. */
  CREDIT_NOTE,
  /** A dunning letter: reference = the invoice, version = the dunning level. */
  DUNNING_LETTER
}
