package org.ordertocash.config;

import java.util.List;

/** The JSON body of every error answer of /api. */
public record ApiError(int status, String message, List<FieldError> errors) {

  public ApiError(int status, String message) {
    this(status, message, List.of());
  }

  /** A problem with one field of the request; {@code field} is a path such as lines[0].sku. */
  public record FieldError(String field, String message) {}
}
