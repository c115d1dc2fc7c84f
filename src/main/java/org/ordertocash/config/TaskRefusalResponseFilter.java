package org.ordertocash.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist's completion of a task that a listener refused answers 400 with "Cannot submit task
 * form 8ca7…: The bottom line is above the target". The person sees the message in the form, so
 * it is reduced to the sentence itself: {@code {"type": "TaskRefusal", "message": "…"}}.
 */
public class TaskRefusalResponseFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Registered for the webapps' engine API only (their task resources). */
  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<TaskRefusalResponseFilter> taskRefusalResponse() {
      FilterRegistrationBean<TaskRefusalResponseFilter> registration =
          new FilterRegistrationBean<>(new TaskRefusalResponseFilter());
      registration.addUrlPatterns("/camunda/api/engine/*");
      return registration;
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !"POST".equals(request.getMethod()) || !(uri.endsWith("/submit-form") || uri.endsWith("/complete"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    TaskRefusalPlugin.forget();
    try {
      chain.doFilter(request, buffered);
      String refusal = TaskRefusalPlugin.lastRefusal();
      if (refusal != null && buffered.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
        buffered.resetBuffer();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TaskRefusal");
        body.put("message", refusal);
        buffered.setContentType("application/json");
        buffered.setCharacterEncoding(StandardCharsets.UTF_8.name());
        buffered.getOutputStream().write(JSON.writeValueAsBytes(body));
      }
    } finally {
      TaskRefusalPlugin.forget();
      buffered.copyBodyToResponse();
    }
  }
}
