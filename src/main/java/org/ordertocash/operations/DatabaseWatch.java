package org.ordertocash.operations;

import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.ordertocash.config.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tries a database connection every two seconds once the application is ready: when it fails the
 * application is no longer ready (readiness probe down, {@link AvailabilityFilter} answers 503);
 * when it works again, ready again. Its own thread, so a hanging connection attempt delays
 * nothing else.
 */
@Component
public class DatabaseWatch implements SmartLifecycle, DatabaseHealth {

  private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);
  static final long INTERVAL_MILLIS = 2000;

  private final DataSource dataSource;
  private final ApplicationContext context;
  private ScheduledExecutorService executor;
  private volatile boolean started;
  private volatile boolean reachable = true;

  public DatabaseWatch(DataSource dataSource, ApplicationContext context) {
    this.dataSource = dataSource;
    this.context = context;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void applicationReady() {
    started = true;
  }

  void check() {
    if (started) {
      reachable();
    }
  }

  /** Tries a connection now; a change is published as the application's readiness. */
  @Override
  public boolean reachable() {
    boolean now = tryConnection();
    if (!started) {
      return now;
    }
    if (now != reachable) {
      reachable = now;
      log.warn(now ? "The database is reachable again: ready" : "The database cannot be reached: not ready");
      AvailabilityChangeEvent.publish(context, now ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC);
    }
    return now;
  }

  private boolean tryConnection() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(1);
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "otc-database-watch");
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(this::check, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }
}
