package org.ordertocash.config;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON error body of every /api error: {@code {"status":403,"message":"...","errors":[...]}}. */
public record ApiError(
    int status,
    String message,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

  public ApiError {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ApiError of(int status, String message) {
    return new ApiError(status, message, List.of());
  }

  /** One invalid request field. */
  public record FieldError(String field, String message) {}
}
