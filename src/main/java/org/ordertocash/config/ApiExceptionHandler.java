package org.ordertocash.config;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.ordertocash.config.ApiError.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns failures of /api calls into JSON answers with a clear message: 400 for bad input (with
 * one entry per offending field), 403, 404, 409; never a stack trace.
 */
@RestControllerAdvice(basePackages = "org.ordertocash")
public class ApiExceptionHandler {

  private final DatabaseHealth database;

  public ApiExceptionHandler(DatabaseHealth database) {
    this.database = database;
  }

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
        .collect(Collectors.toCollection(ArrayList::new));
    e.getBindingResult().getGlobalErrors()
        .forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
    return badRequest("Invalid request", errors);
  }

  /** Bean validation of controller parameters; a @Valid body reports its own field paths. */
  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ApiError> invalidParameter(HandlerMethodValidationException e) {
    List<FieldError> errors = new ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      if (result instanceof ParameterErrors body) {
        body.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
      } else {
        String name = result.getMethodParameter().getParameterName();
        result.getResolvableErrors().forEach(error -> errors.add(new FieldError(name, error.getDefaultMessage())));
      }
    }
    return badRequest("Invalid request", errors);
  }

  @ExceptionHandler(DomainException.InvalidInput.class)
  ResponseEntity<ApiError> invalidInput(DomainException.InvalidInput e) {
    return badRequest(e.getMessage(), e.getErrors());
  }

  @ExceptionHandler(DomainException.NotFound.class)
  ResponseEntity<ApiError> notFound(DomainException.NotFound e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(DomainException.Conflict.class)
  ResponseEntity<ApiError> conflict(DomainException.Conflict e) {
    return error(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof RequestBodyLimit.TooLargeException tooLarge) {
      return badRequest(tooLarge.getMessage(), List.of());
    }
    if (e.getCause() instanceof InvalidFormatException invalid) {
      return badRequest("Invalid request", List.of(new FieldError(path(invalid), invalidValueMessage(invalid))));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return badRequest("Invalid request", List.of(new FieldError(path(mapping), "has the wrong type")));
    }
    if (e.getCause() instanceof JsonProcessingException json) {
      return badRequest("Malformed JSON: " + json.getOriginalMessage(), List.of());
    }
    return badRequest("The request body is missing or not readable JSON", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return error(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
  }

  @ExceptionHandler({DomainException.Forbidden.class, AuthorizationException.class})
  ResponseEntity<ApiError> forbidden(RuntimeException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /** The engine's, Spring's and JPA's words for "another transaction changed it first". */
  @ExceptionHandler({OptimisticLockingException.class, org.springframework.dao.OptimisticLockingFailureException.class,
      jakarta.persistence.OptimisticLockException.class})
  ResponseEntity<ApiError> concurrentChange(RuntimeException e) {
    return error(HttpStatus.CONFLICT, "The order changed at the same moment; please try again");
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ApiError> status(ResponseStatusException e) {
    return error(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
  }

  @ExceptionHandler(TypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(TypeMismatchException e) {
    return badRequest("Invalid value '" + e.getValue() + "' for " + e.getPropertyName(), List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    if (DatabaseOutage.isCause(e) || (!(e instanceof ErrorResponse) && !database.reachable())) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
          .body(ApiError.of(503, DatabaseOutage.message()));
    }
    if (e instanceof ErrorResponse known) {
      // Spring MVC's own client errors (unknown path, missing parameter, ...) keep their status.
      HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
      return error(status, known.getBody().getDetail());
    }
    log.error("Unexpected failure of an API call", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; it has been logged");
  }

  private static ResponseEntity<ApiError> badRequest(String message, List<FieldError> errors) {
    return ResponseEntity.badRequest().body(new ApiError(400, message, errors));
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(ApiError.of(status.value(), message));
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      }
    }
    return path.toString();
  }

  private static String invalidValueMessage(InvalidFormatException e) {
    Class<?> target = e.getTargetType();
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("must ")) {
      return e.getOriginalMessage();
    }
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
      return "must be a whole number, not '" + e.getValue() + "'";
    }
    if (target != null && target.isEnum()) {
      return "'" + e.getValue() + "' is not one of " + java.util.Arrays.toString(target.getEnumConstants());
    }
    return "'" + e.getValue() + "' is not a valid " + (target == null ? "value" : target.getSimpleName());
  }
}
