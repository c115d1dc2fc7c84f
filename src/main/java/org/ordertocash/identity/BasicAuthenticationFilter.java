package org.ordertocash.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

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
    HttpServletRequest http = (HttpServletRequest) request;
    if (isPublic(http)) {
      chain.doFilter(request, response);
      return;
    }
    UserAuthentication webappUser = webappSessionUser(http);
    if (webappUser != null) {
      asWebappUser(webappUser, request, response, chain);
      return;
    }
    super.doFilter(request, response, chain);
  }

  /**
   * A person logged in to Tasklist or Cockpit reads through /api with that session, without a
   * second login: a PDF linked from a task form opens in the browser. Only reads (GET, HEAD) and
   * only without an Authorization header: a write still needs the user's credentials, so no other
   * site can make the browser change anything (the webapps' CSRF token does not cover /api).
   */
  private UserAuthentication webappSessionUser(HttpServletRequest request) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!read || request.getHeader("Authorization") != null || !request.getRequestURI().startsWith(
        request.getContextPath() + "/api/")) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine(processEngine.getName()) instanceof UserAuthentication user
        ? user : null;
  }

  private void asWebappUser(UserAuthentication user, ServletRequest request, ServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
    List<String> tenants = user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds());
    processEngine.getIdentityService().setAuthentication(user.getIdentityId(), groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
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
