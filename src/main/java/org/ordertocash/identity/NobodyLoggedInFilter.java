package org.ordertocash.identity;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every webapp page first asks who is logged in ({@code GET /camunda/api/admin/auth/user/{engine}});
 * Camunda answers 404 when nobody is, so each login page showed a failed request in the browser
 * console. That answer becomes 204 No Content: the webapps take any status but 200 as "not logged
 * in" and log nothing. A logged-in user still gets 200 with their name.
 */
public class NobodyLoggedInFilter extends OncePerRequestFilter {

  static final Pattern WHO_IS_LOGGED_IN = Pattern.compile(".*/camunda/api/admin/auth/user/[^/]+/?");

  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<NobodyLoggedInFilter> nobodyLoggedIn() {
      FilterRegistrationBean<NobodyLoggedInFilter> registration = new FilterRegistrationBean<>(new NobodyLoggedInFilter());
      registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
      return registration;
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !WHO_IS_LOGGED_IN.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new NotFoundAsNoContent(response));
  }

  /** Jersey sends an empty 404 with {@code sendError}, which would commit the response at once. */
  static final class NotFoundAsNoContent extends HttpServletResponseWrapper {

    NotFoundAsNoContent(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (status == SC_NOT_FOUND) {
        setStatus(SC_NO_CONTENT);
      } else if (message == null) {
        super.sendError(status);
      } else {
        super.sendError(status, message);
      }
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(status == SC_NOT_FOUND ? SC_NO_CONTENT : status);
    }
  }
}
