package org.ordertocash.operations;

import java.io.IOException;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Latency of {@code /engine-rest} as {@code otc_engine_rest_requests_seconds{method,uri,status}}
 * ({@code /api} is timed by Spring as {@code http_server_requests}). Ids in the path become
 * {@code {id}} so the number of series stays small.
 */
public class EngineRestTimer implements Filter {

  private static final Pattern ID = Pattern.compile("/[0-9a-f]{8}-[0-9a-f-]{27,}|/[^/]*:[0-9]+:[^/]+|/\\d+");

  private final MeterRegistry registry;

  public EngineRestTimer(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      HttpServletRequest http = (HttpServletRequest) request;
      String uri = ID.matcher(http.getRequestURI().replaceFirst("/engine-rest/engine/[^/]+", "/engine-rest"))
          .replaceAll("/{id}");
      Timer.builder("otc.engine.rest.requests").tag("method", http.getMethod()).tag("uri", uri)
          .tag("status", String.valueOf(((HttpServletResponse) response).getStatus()))
          .publishPercentileHistogram()
          .register(registry)
          .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }
}
