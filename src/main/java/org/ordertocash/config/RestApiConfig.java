package org.ordertocash.config;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's REST API (Jersey, under /engine-rest). */
@Configuration
public class RestApiConfig {

  @Bean
  ResourceConfigCustomizer clearAnswersOnEngineRest(DatabaseHealth database) {
    return config -> {
      config.register(new TaskRefusalExceptionMapper(database));
      config.register(new TaskRefusalEngineExceptionMapper(database));
      config.register(new DatabaseOutageExceptionMapper(database));
    };
  }
}
