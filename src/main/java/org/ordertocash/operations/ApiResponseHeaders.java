package org.ordertocash.operations;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer of {@code /api} and {@code /engine-rest} carries: the content type is
 * meant ({@code nosniff}), answers are not cached ({@code no-store}: they are about orders and
 * people), and over TLS browsers keep to TLS (HSTS; behind a proxy TLS is recognised from
 * {@code X-Forwarded-Proto}).
 */
public class ApiResponseHeaders implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setHeader("Cache-Control", "no-store");
    if (request.isSecure()) {
      http.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
