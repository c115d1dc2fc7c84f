package org.ordertocash.negotiation;

import org.ordertocash.config.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 400 with field messages for an answer that cannot be recorded (ahead of the general handler). */
@RestControllerAdvice(assignableTypes = QuotationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuotationApiErrors {

  @ExceptionHandler(InvalidQuotationResponseException.class)
  ResponseEntity<ApiError> invalid(InvalidQuotationResponseException e) {
    return ResponseEntity.badRequest().body(new ApiError(400, "Invalid quotation response", e.getErrors()));
  }
}
