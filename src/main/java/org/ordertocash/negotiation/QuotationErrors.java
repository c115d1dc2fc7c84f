package org.ordertocash.negotiation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

final class QuotationErrors {

  private QuotationErrors() {}

  static ResponseStatusException notFound(String what) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
  }

  static ResponseStatusException conflict(String why) {
    return new ResponseStatusException(HttpStatus.CONFLICT, why);
  }

  static ResponseStatusException badRequest(String why) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, why);
  }
}
