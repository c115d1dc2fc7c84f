package org.ordertocash.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against Camunda's users for {@code /engine-rest/*} and {@code /api/*}; the webapps
 * under {@code /camunda} keep their own session login. During an authenticated request the
 * engine's IdentityService carries user and groups, so engine authorizations apply and
 * {@link CurrentUser} can read them. Without valid credentials: 401 with
 * {@code WWW-Authenticate: Basic realm="<engine>"}.
 */
@Configuration
public class SecurityConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthenticationFilter(ProcessEngine processEngine) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter(processEngine));
    registration.setName("otc-basic-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html",
        "/swagger-ui/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Slows down password guessing per user and client address (never locks an account), before the logins. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, CamundaBpmProperties camunda) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("otc-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", camunda.getWebapp().getApplicationPath() + "/api/admin/auth/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /**
   * CVE-2026-77226 guard, before every other filter. Mapped to {@code /*} rather than
   * {@code <app-path>/api/admin/*}: container URL patterns match case-sensitively on the
   * container's own view of the path, and the guard does its own, stricter normalisation.
   */
  @Bean
  FilterRegistrationBean<AdminSetupGuard> adminSetupGuard(
      IdentityService identityService, CamundaBpmProperties camunda) {
    String adminUserId = camunda.getAdminUser() == null ? null : camunda.getAdminUser().getId();
    FilterRegistrationBean<AdminSetupGuard> registration = new FilterRegistrationBean<>(
        new AdminSetupGuard(identityService, camunda.getWebapp().getApplicationPath(), adminUserId));
    registration.setName("otc-admin-setup-guard");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
