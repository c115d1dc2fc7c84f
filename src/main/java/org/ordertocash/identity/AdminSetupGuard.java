package org.ordertocash.identity;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Guard against CVE-2026-77226: the Admin webapp's setup endpoint
 * ({@code <app-path>/api/admin/setup/{engine}/user/create}) creates an administrator without
 * authentication whenever {@code camunda-admin} has no direct member. Camunda CE 7.24 gets no fix.
 *
 * <p>This filter answers 403 to any request whose path, normalised (path parameters stripped,
 * percent-decoded, dot segments resolved, repeated slashes collapsed, lower-cased), starts with
 * {@code <app-path>/api/admin/setup/}, whenever an administrator is configured: the property
 * {@code camunda.bpm.admin-user.id} is set or {@code camunda-admin} has at least one member. Only
 * a truly empty installation may use the setup page.
 */
public class AdminSetupGuard implements Filter {

  static final String MESSAGE = "Admin setup is disabled: an administrator is configured";

  private final IdentityService identityService;
  private final String setupPrefix;
  private final String adminUserId;

  public AdminSetupGuard(IdentityService identityService, String applicationPath, String adminUserId) {
    this.identityService = identityService;
    String appPath = normalise(applicationPath == null || applicationPath.isBlank() ? "/camunda" : applicationPath);
    this.setupPrefix = (appPath.endsWith("/") ? appPath.substring(0, appPath.length() - 1) : appPath)
        + "/api/admin/setup";
    this.adminUserId = adminUserId;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    if (isSetupRequest(req) && administratorConfigured()) {
      HttpServletResponse resp = (HttpServletResponse) response;
      resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
      resp.setContentType("application/json");
      resp.setCharacterEncoding("UTF-8");
      resp.getWriter().write("{\"status\":403,\"message\":\"" + MESSAGE + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  boolean isSetupRequest(HttpServletRequest req) {
    String contextPath = req.getContextPath() == null ? "" : req.getContextPath();
    String uri = req.getRequestURI() == null ? "" : req.getRequestURI();
    // The raw URI and the container's decoded view: both must stay clear of the setup prefix.
    String containerPath = (req.getServletPath() == null ? "" : req.getServletPath())
        + (req.getPathInfo() == null ? "" : req.getPathInfo());
    return isSetupPath(stripContext(normalise(uri), normalise(contextPath)))
        || isSetupPath(normalise(containerPath));
  }

  private boolean isSetupPath(String path) {
    return path.equals(setupPrefix) || path.startsWith(setupPrefix + "/");
  }

  private static String stripContext(String path, String contextPath) {
    if (!contextPath.isEmpty() && !contextPath.equals("/") && path.startsWith(contextPath)) {
      return path.substring(contextPath.length());
    }
    return path;
  }

  /** Lower-case, path parameters removed, decoded (repeatedly), slashes collapsed, dots resolved. */
  static String normalise(String rawPath) {
    String path = rawPath;
    for (int i = 0; i < 5; i++) {
      String decoded = decode(stripPathParameters(path));
      if (decoded.equals(path)) {
        break;
      }
      path = decoded;
    }
    path = path.replace('\\', '/');
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/+")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(segment);
      }
    }
    return ("/" + String.join("/", segments)).toLowerCase(Locale.ROOT);
  }

  private static String stripPathParameters(String path) {
    return path.replaceAll(";[^/]*", "");
  }

  private static String decode(String path) {
    try {
      // keep '+' literal: in a path it is not a space
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return path;
    }
  }

  boolean administratorConfigured() {
    if (adminUserId != null && !adminUserId.isBlank()) {
      return true;
    }
    // Count all members, whatever user (if any) is authenticated on this thread.
    Authentication current = identityService.getCurrentAuthentication();
    try {
      identityService.clearAuthentication();
      return identityService.createUserQuery()
          .memberOfGroup(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN).count() > 0;
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
