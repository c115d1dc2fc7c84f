package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Every request thread and every job thread finds a database connection, with room for a stock
 * reservation's own short transaction: under load, requests must queue in Tomcat, not take the
 * connections the job executor needs (issue 16: with the defaults, jobs failed for want of one).
 */
class ConnectionBudgetTest {

  @Test
  void thePoolHoldsAConnectionForEveryRequestAndJobThreadAndTheirReservations() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    Properties settings = yaml.getObject();

    int pool = number(settings, "spring.datasource.hikari.maximum-pool-size");
    int requests = number(settings, "server.tomcat.threads.max");
    int jobs = number(settings, "camunda.bpm.job-execution.max-pool-size");
    int scheduler = number(settings, "spring.task.scheduling.pool.size");
    int auditChainer = 1; // AuditChainer's own thread

    assertThat(requests).as("request threads for two cores").isLessThanOrEqualTo(32);
    assertThat(pool).as("connections for %d request and %d job threads, a reservation's second, the scheduler "
        + "and the audit chainer", requests, jobs).isGreaterThanOrEqualTo(requests + jobs + jobs + scheduler + auditChainer);
  }

  private static int number(Properties settings, String key) {
    String value = settings.getProperty(key);
    assertThat(value).as(key + " is set in application.yml").isNotNull();
    return Integer.parseInt(value);
  }
}
