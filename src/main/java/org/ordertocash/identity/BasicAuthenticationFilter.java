package org.ordertocash.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

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

  /**
   * Customers answer satisfaction surveys without a login: the single-use token in the path is
   * the only key (the survey feature checks it). Nothing else below /api is open.
   */
  static final String PUBLIC_PREFIX = "/api/surveys/";

  private final ProcessEngine processEngine;

  public BasicAuthenticationFilter(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPublic((HttpServletRequest) request)) {
      chain.doFilter(request, response);
      return;
    }
    super.doFilter(request, response, chain);
  }

  static boolean isPublic(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    // only the plain path: no dot segments, encodings or parameters that could lead elsewhere
    return uri.startsWith(PUBLIC_PREFIX) && uri.length() > PUBLIC_PREFIX.length()
        && uri.substring(PUBLIC_PREFIX.length()).matches("[A-Za-z0-9_-]+");
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    if (DEFAULT_ENGINE_NAME.equals(engineName) || processEngine.getName().equals(engineName)) {
      return processEngine;
    }
    return super.getAddressedEngine(engineName);
  }
}
