package org.ordertocash.operations;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.ordertocash.config.DatabaseHealth;
import org.ordertocash.config.DatabaseOutage;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * While the application is not ready — starting up (models not yet deployed) or cut off from its
 * database ({@link DatabaseWatch}) — {@code /api}, {@code /engine-rest} and the webapps' API answer
 * 503 with {@code Retry-After} at once, instead of hanging and failing with 500; so does a request
 * that fails because the database went away while it ran (before the watch noticed).
 */
public class AvailabilityFilter implements Filter {

  private final ApplicationAvailability availability;
  private final DatabaseHealth database;

  public AvailabilityFilter(ApplicationAvailability availability, DatabaseHealth database) {
    this.availability = availability;
    this.database = database;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
      unavailable((HttpServletResponse) response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      // The database went away during this request, e.g. while checking the password.
      if (response.isCommitted() || !(DatabaseOutage.isCause(e) || !database.reachable())) {
        throw e;
      }
      response.resetBuffer();
      unavailable((HttpServletResponse) response);
    }
  }

  private static void unavailable(HttpServletResponse http) throws IOException {
    http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    http.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    http.setContentType("application/json");
    http.getWriter().write("{\"status\":503,\"message\":\"The application is not ready (starting, or its database "
        + "cannot be reached); try again in " + DatabaseOutage.RETRY_AFTER_SECONDS + " seconds\"}");
  }
}
