package org.ordertocash.config;

/**
 * A business rule refused what was asked: not found, a conflict with the current state, or bad
 * input. Services throw these (or their module's own subclasses), never HTTP types;
 * {@link ApiExceptionHandler} answers /api callers with 404, 409 or 400; inside a job the message
 * becomes the incident's, readable as it is.
 */
public abstract class DomainException extends RuntimeException {

  protected DomainException(String message) {
    super(message);
  }

  /** Something asked for by its number or id does not exist. */
  public static class NotFound extends DomainException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** The authenticated user may not do this; the API answers 403. */
  public static class Forbidden extends DomainException {
    public Forbidden(String message) {
      super(message);
    }
  }

  /** What is asked for does not fit the current state (already done, no longer possible). */
  public static class Conflict extends DomainException {
    public Conflict(String message) {
      super(message);
    }
  }

  /** Input that cannot be used, with a message per field. */
  public static class InvalidInput extends DomainException {
    private final java.util.List<ApiError.FieldError> errors;

    public InvalidInput(String message, java.util.List<ApiError.FieldError> errors) {
      super(message);
      this.errors = java.util.List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
      this(message, java.util.List.of(new ApiError.FieldError(field, message)));
    }

    public java.util.List<ApiError.FieldError> getErrors() {
      return errors;
    }
  }
}
