package org.ordertocash.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(OrderToCashProperties.class)
public class ApplicationConfig {

  /** The one clock every date decision uses, so tests can pin "today". */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
