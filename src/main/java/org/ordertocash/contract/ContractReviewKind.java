package org.ordertocash.contract;

/** The reviews a contract version goes through, and the internal signature. */
public enum ContractReviewKind {
  /** Legal compliance review ({@code legal}). */
  LEGAL,
  /** Clause-risk review ({@code finance}), with the contract-risk decision's level. */
  RISK,
  /** Sales-manager sign-off, only for HIGH risk. */
  SIGN_OFF,
  /** The authorised signatory's signature (four-eyes: not the drafter). */
  INTERNAL_SIGNATURE
}
