package org.ordertocash.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with an in-memory H2 of its own, demo users and demo
 * data on. Every class with this annotation shares one application context (same properties),
 * so tests must not assume an empty database: they create what they look at.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:otc-${random.uuid};DB_CLOSE_DELAY=-1",
      "camunda.bpm.generate-unique-process-engine-name=true",
      "ordertocash.demo.enabled=true",
      "camunda.bpm.admin-user.id=admin",
      "camunda.bpm.admin-user.password=demo",
      "camunda.bpm.job-execution.wait-time-in-millis=200",
      "camunda.bpm.job-execution.max-wait=1000",
      // records are chained when their transaction commits; tests that need the sweep call it
      "ordertocash.audit.sweep-interval=PT1H",
      // Spring Boot switches metrics export off in tests; operations tests read /actuator/prometheus.
      "management.prometheus.metrics.export.enabled=true"
    })
public @interface AppTest {}
