package org.ordertocash.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * {@code /engine-rest}: a failure that means the database cannot be reached (e.g. Spring could
 * not open the engine's transaction) answers 503 with {@code Retry-After}; everything else goes
 * on to Camunda's own handler.
 */
@Priority(1)
public class DatabaseOutageExceptionMapper implements ExceptionMapper<Throwable> {

  private final ExceptionHandler camunda = new ExceptionHandler();
  private final DatabaseHealth database;

  public DatabaseOutageExceptionMapper(DatabaseHealth database) {
    this.database = database;
  }

  @Override
  public Response toResponse(Throwable exception) {
    return outage(exception, database) ? TaskRefusalExceptionMapper.unavailable() : camunda.toResponse(exception);
  }

  /** The exception says so, or (for one that is not a client error) the database does not answer now. */
  static boolean outage(Throwable exception, DatabaseHealth database) {
    if (DatabaseOutage.isCause(exception)) {
      return true;
    }
    boolean clientError = exception instanceof jakarta.ws.rs.WebApplicationException web
        && web.getResponse().getStatus() < 500;
    return !clientError && !database.reachable();
  }
}
