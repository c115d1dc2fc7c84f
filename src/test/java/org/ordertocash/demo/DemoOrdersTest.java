package org.ordertocash.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.ordertocash.order.OrderIntakeService;
import org.ordertocash.order.OrderRepository;
import org.ordertocash.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
class DemoOrdersTest {

  @Autowired OrderIntakeService intake;
  @Autowired OrderRepository orders;
  @Autowired Clock clock;

  @Test
  void restartingOnALaterDayEntersNoDemoOrderAgain() {
    long before = orders.count();

    new DemoOrders(intake, orders, Clock.offset(clock, Duration.ofDays(3))).run(null);

    assertThat(orders.count()).isEqualTo(before);
    assertThat(orders.findByEnteredByAndIdempotencyKey("sally", "demo-new-customer")).isPresent();
  }
}
