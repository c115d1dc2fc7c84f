package org.ordertocash.billing;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a request once more when it lost a race on a unique key (the same payment notice, the same
 * credit-note request key) to a twin that committed a moment earlier: the second run finds the
 * twin's row and answers as for a repeat.
 */
final class OnceMoreAfterRace {

  private OnceMoreAfterRace() {}

  static <T> T run(Supplier<T> request) {
    try {
      return request.get();
    } catch (DataIntegrityViolationException lost) {
      return request.get();
    }
  }
}
