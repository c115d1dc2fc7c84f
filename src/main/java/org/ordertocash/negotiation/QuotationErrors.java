package org.ordertocash.negotiation;

import org.ordertocash.config.DomainException;

/** Quotations not found, or not in a state for what is asked (bad input has its own exception with field messages). */
final class QuotationErrors {

  private QuotationErrors() {}

  static DomainException.NotFound notFound(String what) {
    return new DomainException.NotFound(what);
  }

  static DomainException.Conflict conflict(String why) {
    return new DomainException.Conflict(why);
  }
}
