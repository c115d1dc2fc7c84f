package org.ordertocash.identity;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ordertocash.config.BufferedBodyRequest;

/**
 * Applies {@link LoginThrottle} to every login: HTTP Basic on {@code /engine-rest} and
 * {@code /api}, and the webapps' login form ({@code .../api/admin/auth/user/{engine}/login/{app}}).
 * A throttled try answers 429 with {@code Retry-After}, without checking the password; a 401
 * counts as a failure, anything else as a success.
 */
public class LoginThrottleFilter implements Filter {

  private static final int MAX_FORM_BYTES = 8192;

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    String user = basicUser(request);
    if (user == null && isWebappLogin(request)) {
      byte[] form = request.getInputStream().readNBytes(MAX_FORM_BYTES);
      request = new BufferedBodyRequest(request, form);
      user = formValue(new String(form, StandardCharsets.UTF_8), "username");
    }
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitBefore(user, address);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(seconds));
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":429,\"message\":\"Too many failed logins for this user from your address;"
          + " try again in " + seconds + " seconds\"}");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(user, address);
    } else if (response.getStatus() < 400) {
      throttle.succeeded(user, address);
    }
  }

  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon <= 0 ? null : credentials.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && request.getRequestURI().contains("/api/admin/auth/user/")
        && request.getRequestURI().contains("/login/");
  }

  static String formValue(String form, String name) {
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
        String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }
}
