package org.ordertocash.config;

import org.camunda.bpm.engine.AuthorizationException;
import org.ordertocash.identity.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps exceptions of the application's own controllers to {@link ApiError} responses. */
@RestControllerAdvice(basePackages = "org.ordertocash")
public class ApiExceptionHandler {

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ApiError> forbidden(ForbiddenException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /** The engine refused the authenticated user (authorization check). */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> notAuthorized(AuthorizationException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage());
  }

  static ResponseEntity<ApiError> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(ApiError.of(status.value(), message));
  }
}
