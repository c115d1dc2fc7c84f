package org.ordertocash.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * The same as {@link TaskRefusalExceptionMapper} for the resources that let the engine's
 * exception through unwrapped (e.g. {@code submit-form}): a refusal answers 400, a lost race 409,
 * everything else goes on to Camunda's own handler.
 */
@Priority(1)
public class TaskRefusalEngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
  private final DatabaseHealth database;

  public TaskRefusalEngineExceptionMapper(DatabaseHealth database) {
    this.database = database;
  }

  @Override
  public Response toResponse(ProcessEngineException exception) {
    FormFieldValidationException refusal = TaskRefusal.find(exception);
    if (refusal != null) {
      return TaskRefusalExceptionMapper.badRequest(refusal);
    }
    if (TaskRefusalExceptionMapper.lostRace(exception)) {
      return TaskRefusalExceptionMapper.conflict();
    }
    return TaskRefusalExceptionMapper.persistenceFailure(exception, database)
        ? TaskRefusalExceptionMapper.unavailable() : camunda.toResponse(exception);
  }
}
