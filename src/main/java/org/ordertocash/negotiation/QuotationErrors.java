package org.ordertocash.negotiation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** 404 and 409 answers of the quotation API (bad input has its own exception with field messages). */
final class QuotationErrors {

  private QuotationErrors() {}

  static ResponseStatusException notFound(String what) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
  }

  static ResponseStatusException conflict(String why) {
    return new ResponseStatusException(HttpStatus.CONFLICT, why);
  }
}
