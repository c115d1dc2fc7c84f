package org.ordertocash.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** How long a user may wait after failed logins, per address, with a clock the test moves. */
class LoginThrottleTest {

  private static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-04T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void pass(Duration duration) {
      now = now.plus(duration);
    }
  }

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void fourFailuresAreFreeThenEachDoublesTheWaitUpToFiveMinutes() {
    failTimes("carol", "10.0.0.9", 4);
    assertThat(throttle.waitBefore("carol", "10.0.0.9")).isZero();

    throttle.failed("carol", "10.0.0.9");
    assertThat(throttle.waitBefore("carol", "10.0.0.9")).isEqualTo(Duration.ofSeconds(2));
    clock.pass(Duration.ofSeconds(2));
    assertThat(throttle.waitBefore("carol", "10.0.0.9")).isZero();

    throttle.failed("carol", "10.0.0.9");
    assertThat(throttle.waitBefore("carol", "10.0.0.9")).isEqualTo(Duration.ofSeconds(4));
    failTimes("carol", "10.0.0.9", 20);
    assertThat(throttle.waitBefore("carol", "10.0.0.9")).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void theSameUserFromAnotherAddressIsNotSlowedDown() {
    failTimes("admin", "203.0.113.5", 30);

    assertThat(throttle.waitBefore("admin", "203.0.113.5")).isPositive();
    assertThat(throttle.waitBefore("admin", "10.0.0.2")).isZero();
  }

  @Test
  void anAddressGuessingManyUsersWaitsForAnyUser() {
    for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
      throttle.failed("user" + i, "198.51.100.7");
    }

    assertThat(throttle.waitBefore("somebody-else", "198.51.100.7")).isEqualTo(LoginThrottle.WINDOW);
    assertThat(throttle.waitBefore("somebody-else", "10.0.0.2")).isZero();
  }

  @Test
  void successClearsAndCountsEndAfterFifteenQuietMinutes() {
    failTimes("carol", "10.0.0.9", 8);
    throttle.succeeded("carol", "10.0.0.9");
    assertThat(throttle.waitBefore("carol", "10.0.0.9")).isZero();

    failTimes("carol", "10.0.0.9", 8);
    clock.pass(LoginThrottle.WINDOW.plusSeconds(1));
    throttle.failed("carol", "10.0.0.9");
    assertThat(throttle.waitBefore("carol", "10.0.0.9")).as("counting starts again").isZero();
  }

  @Test
  void anAdministratorClearsAUsersCountsEverywhere() {
    failTimes("carol", "10.0.0.9", 10);
    failTimes("carol", "10.0.0.10", 10);

    throttle.clear("carol");

    assertThat(throttle.waitBefore("carol", "10.0.0.9")).isZero();
    assertThat(throttle.waitBefore("carol", "10.0.0.10")).isZero();
  }

  private void failTimes(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }
}
