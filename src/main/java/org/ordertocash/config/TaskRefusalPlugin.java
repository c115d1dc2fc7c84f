package org.ordertocash.config;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a task listener's refusal ({@link TaskRefusal}) leave the engine as itself. The engine wraps
 * whatever a listener throws into "ENGINE-03051 There was an exception while invoking the
 * TaskListener…" (a server error to every REST resource, logged as an ERROR); unwrapped, Camunda's
 * own task resources answer a {@link FormFieldValidationException} with 400, in Tasklist too.
 * The interceptor sits outside the command context, so the transaction is already rolled back.
 * The refusal is also kept for the request ({@link #lastRefusal}) so that the webapps' answer can
 * be reduced to its sentence ({@link TaskRefusalResponseFilter}).
 */
@Component
public class TaskRefusalPlugin extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<String> LAST = new ThreadLocal<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  /** The sentence of the last refusal on this thread since {@link #forget}, or null. */
  static String lastRefusal() {
    return LAST.get();
  }

  static void forget() {
    LAST.remove();
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(0, new Unwrap());
    return interceptors;
  }

  static final class Unwrap extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        FormFieldValidationException refusal = TaskRefusal.find(e);
        if (refusal == null) {
          throw e;
        }
        LAST.set(refusal.getMessage());
        throw refusal;
      }
    }
  }
}
