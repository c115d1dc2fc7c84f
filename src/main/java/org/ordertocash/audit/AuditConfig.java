package org.ordertocash.audit;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class AuditConfig {

  /**
   * After the logins (the user is known) and every other filter: a refused login is no write,
   * and the request id reaches everything the request does.
   */
  @Bean
  FilterRegistrationBean<ApiWriteAudit> apiWriteAudit(AuditTrail trail, ProcessEngine engine, RequestSubjects subjects) {
    FilterRegistrationBean<ApiWriteAudit> registration = new FilterRegistrationBean<>(
        new ApiWriteAudit(trail, engine.getIdentityService(), subjects, engine.getName()));
    registration.setName("otc-api-write-audit");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
    return registration;
  }
}
