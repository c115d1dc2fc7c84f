package org.ordertocash.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's REST authentication filter, bound to this application's engine.
 *
 * <p>The base class takes the engine name from the path ({@code /engine/{name}/...} below the
 * servlet path) and otherwise uses {@code "default"}, looked up in the static
 * {@code ProcessEngines} registry. For {@code /api/*} the servlet is Spring's DispatcherServlet
 * mapped to {@code /}, so the remaining path is empty and the name is always "default"; for
 * {@code /engine-rest/task} too. Those unnamed requests go to the Spring-managed engine here,
 * whatever its name (tests give it a unique name); explicitly named engines are still looked up
 * by name.
 */
public class BasicAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine processEngine;

  public BasicAuthenticationFilter(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    if (DEFAULT_ENGINE_NAME.equals(engineName) || processEngine.getName().equals(engineName)) {
      return processEngine;
    }
    return super.getAddressedEngine(engineName);
  }
}
