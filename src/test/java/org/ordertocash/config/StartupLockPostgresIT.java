package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ordertocash.support.LocalPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes starting at once on one PostgreSQL database: the second runs its start-up steps only
 * after the first has run all of its own.
 */
@ExtendWith(LocalPostgres.PerTestClass.class)
class StartupLockPostgresIT {

  DataSource database;
  JdbcTemplate observer;

  @BeforeEach
  void connect() {
    LocalPostgres postgres = LocalPostgres.current();
    database = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), postgres.password());
    observer = new JdbcTemplate(database);
  }

  @Test
  void aSecondNodeWaitsUntilTheFirstHasRunItsStartupSteps() throws Exception {
    StartupLock first = new StartupLock(database);
    StartupLock second = new StartupLock(database);
    first.acquire();

    CompletableFuture<Void> secondNode = CompletableFuture.runAsync(() -> acquire(second));
    await().atMost(Duration.ofSeconds(10)).until(() -> observer.queryForObject(
        "select count(*) from pg_locks where locktype = 'advisory' and not granted", Long.class) == 1);
    assertThat(secondNode).as("the second node, while the first runs its steps").isNotDone();

    first.release();
    secondNode.get(10, TimeUnit.SECONDS);
    assertThat(someoneHoldsTheLock()).as("held by the second node now").isTrue();
    second.release();
    assertThat(someoneHoldsTheLock()).isFalse();
  }

  @Test
  void aNodeThatStopsDuringItsStartupStepsLetsTheOthersGoOn() throws Exception {
    StartupLock stopping = new StartupLock(database);
    stopping.acquire();
    assertThat(someoneHoldsTheLock()).isTrue();

    stopping.destroy();

    assertThat(someoneHoldsTheLock()).isFalse();
  }

  /** Tries the lock from a connection of its own and gives it back at once. */
  private boolean someoneHoldsTheLock() {
    return Boolean.FALSE.equals(observer.queryForObject(
        "select pg_try_advisory_lock(?) and pg_advisory_unlock(?)", Boolean.class, StartupLock.KEY, StartupLock.KEY));
  }

  private static void acquire(StartupLock lock) {
    try {
      lock.acquire();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
