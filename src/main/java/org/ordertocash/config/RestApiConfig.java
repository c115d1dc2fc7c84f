package org.ordertocash.config;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's REST API (Jersey, under /engine-rest). */
@Configuration
public class RestApiConfig {

  @Bean
  ResourceConfigCustomizer taskRefusalsAreBadRequests() {
    return config -> {
      config.register(TaskRefusalExceptionMapper.class);
      config.register(TaskRefusalEngineExceptionMapper.class);
    };
  }
}
