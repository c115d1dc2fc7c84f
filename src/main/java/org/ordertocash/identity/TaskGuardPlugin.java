package org.ordertocash.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the task rules into the engine: {@link TaskWriteGuard} into the command chains (after the
 * command context is opened), {@link VisibleTaskManager} in place of the task manager (its
 * statements join the engine's MyBatis mapping once the engine has built it, its indexes
 * {@link TaskListIndexes} the engine's tables), and {@link NoTaskAuthorizations} in place of the
 * per-task authorization rows.
 */
@Component
public class TaskGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // One guard per chain: an interceptor knows the next one of its own chain.
    TaskFormInputs forms = new TaskFormInputs();
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new TaskWriteGuard(forms)));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new TaskWriteGuard(forms)));
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new VisibleTaskManager.Factory());
    configuration.setCustomSessionFactories(factories);
    configuration.setResourceAuthorizationProvider(new NoTaskAuthorizations());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    VisibleTaskManager.addStatements(configuration.getSqlSessionFactory().getConfiguration());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    TaskListIndexes.create(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(guard);
    return interceptors;
  }
}
