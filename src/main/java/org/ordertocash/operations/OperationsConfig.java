package org.ordertocash.operations;

import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The servlet filters of operations, in front of the application's own (lower order runs first). */
@Configuration
class OperationsConfig {

  @Bean
  FilterRegistrationBean<ApiResponseHeaders> apiResponseHeaders() {
    FilterRegistrationBean<ApiResponseHeaders> registration = new FilterRegistrationBean<>(new ApiResponseHeaders());
    registration.setName("otc-api-response-headers");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AvailabilityFilter> availabilityFilter(ApplicationAvailability availability,
      DatabaseWatch database, CamundaBpmProperties camunda) {
    FilterRegistrationBean<AvailabilityFilter> registration =
        new FilterRegistrationBean<>(new AvailabilityFilter(availability, database));
    registration.setName("otc-availability");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRestTimer> engineRestTimer(MeterRegistry registry) {
    FilterRegistrationBean<EngineRestTimer> registration = new FilterRegistrationBean<>(new EngineRestTimer(registry));
    registration.setName("otc-engine-rest-timer");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }
}
