package org.ordertocash.config;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda REST ({@code /engine-rest}): a task completion refused by one of our task listeners
 * ({@link TaskRefusal}) is the client's mistake, so it answers 400 with the refusal's message.
 * Camunda's task resource wraps the engine's exception (itself wrapping the listener's) into a
 * {@link RestException} with status 500; everything but refusals goes on to Camunda's own handler. Registered by {@link RestApiConfig}; its priority puts it before Camunda's mapper for
 * the same exception type.
 */
@Priority(1)
public class TaskRefusalExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    FormFieldValidationException refusal = TaskRefusal.find(exception);
    if (refusal == null) {
      return camunda.toResponse(exception);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", FormFieldValidationException.class.getSimpleName());
    body.put("message", refusal.getMessage());
    body.put("field", String.valueOf(refusal.<Object>getDetail()));
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
