package org.ordertocash.config;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda REST ({@code /engine-rest}): a task completion refused by one of our task listeners
 * ({@link TaskRefusal}) is the client's mistake, so it answers 400 with the refusal's message.
 * Camunda's task resource wraps the engine's exception (itself wrapping the listener's) into a
 * {@link RestException} with status 500; a wrapped authorization failure answers 403 (some
 * resources, e.g. task comments, wrap it into a 400 "Not enough parameters"), a lost race
 * with another transaction on the same process 409 with a sentence (the person tries again);
 * everything else goes on to Camunda's own handler. Registered by {@link RestApiConfig}; its priority puts it before Camunda's mapper for
 * the same exception type.
 */
@Priority(1)
public class TaskRefusalExceptionMapper implements ExceptionMapper<RestException> {

  static final String LOST_RACE = "Someone changed this process at the same moment; please try again";

  private final RestExceptionHandler camunda = new RestExceptionHandler();
  private final DatabaseHealth database;

  public TaskRefusalExceptionMapper(DatabaseHealth database) {
    this.database = database;
  }

  @Override
  public Response toResponse(RestException exception) {
    FormFieldValidationException refusal = TaskRefusal.find(exception);
    if (refusal != null) {
      return badRequest(refusal);
    }
    if (lostRace(exception)) {
      return conflict();
    }
    if (persistenceFailure(exception, database)) {
      return unavailable();
    }
    AuthorizationException forbidden = Causes.first(exception, AuthorizationException.class);
    return forbidden == null ? camunda.toResponse(exception) : forbidden(forbidden);
  }

  private static Response forbidden(AuthorizationException exception) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", AuthorizationException.class.getSimpleName());
    body.put("message", exception.getMessage());
    return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  static boolean lostRace(Throwable exception) {
    return Causes.first(exception, OptimisticLockingException.class) != null;
  }

  /** 409: the engine's own message names its internals, not what happened to the person. */
  static Response conflict() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", OptimisticLockingException.class.getSimpleName());
    body.put("message", LOST_RACE);
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * The database cannot be reached: the exception says so, or it is a failure of the persistence
   * layer and the database does not answer now.
   */
  static boolean persistenceFailure(Throwable exception, DatabaseHealth database) {
    if (DatabaseOutage.isCause(exception)) {
      return true;
    }
    for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof org.camunda.bpm.engine.ProcessEnginePersistenceException || t instanceof java.sql.SQLException
          || t instanceof org.springframework.dao.DataAccessException) {
        return !database.reachable();
      }
    }
    return false;
  }

  /** 503 with Retry-After: the database cannot be reached. */
  static Response unavailable() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "ServiceUnavailable");
    body.put("message", DatabaseOutage.message());
    return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
        .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  static Response badRequest(FormFieldValidationException refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", FormFieldValidationException.class.getSimpleName());
    body.put("message", refusal.getMessage());
    body.put("field", String.valueOf(refusal.<Object>getDetail()));
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
