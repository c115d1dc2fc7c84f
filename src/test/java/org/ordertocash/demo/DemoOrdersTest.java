package org.ordertocash.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.ordertocash.order.OrderIntakeService;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AppTest
class DemoOrdersTest {

  @Autowired OrderIntakeService intake;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void restartingOnALaterDayEntersNoDemoOrderAgain() {
    assertThat(demoOrders()).as("the demo orders entered at start").isEqualTo(5);

    new DemoOrders(intake, Clock.offset(clock, Duration.ofDays(3))).run(null);

    assertThat(demoOrders()).isEqualTo(5);
  }

  /** Only sally's demo keys: other test classes enter their own orders meanwhile. */
  private long demoOrders() {
    return jdbc.sql("select count(*) from sales_order where entered_by = :user and idempotency_key like 'demo-%'")
        .param("user", DemoOrders.DEMO_USER).query(Long.class).single();
  }
}
