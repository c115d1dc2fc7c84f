package org.ordertocash.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * One node at a time runs the start-up steps (groups and grants, Tasklist filters, models, demo
 * data). Each step looks for what it needs and creates what is missing; two nodes started together
 * on one database would both find a new filter missing and both create it, or both create a group
 * and one fail to start.
 *
 * <p>On PostgreSQL the lock is a session advisory lock on a connection of its own, taken before
 * the first step (this runner, {@link StartupOrder#LOCK}) and given back after the last ({@link Release},
 * {@link StartupOrder#UNLOCK})
 * or when the context closes; a node killed meanwhile gives it back with its connection. H2 is
 * embedded: one node, nothing to coordinate.
 */
@Component
@Order(StartupOrder.LOCK)
public class StartupLock implements ApplicationRunner, DisposableBean {

  /** The advisory lock's key, the same on every node: "OTC-STRT" in ASCII. */
  static final long KEY = 0x4f54432d53545254L;
  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private final boolean postgres;
  private Connection held;

  public StartupLock(DataSource dataSource) throws MetaDataAccessException {
    this.dataSource = dataSource;
    this.postgres = DatabaseProduct.isPostgres(dataSource);
  }

  /** Waits until no other node runs its start-up steps, then holds the lock. */
  synchronized void acquire() throws SQLException {
    if (!postgres || held != null) {
      return;
    }
    Connection connection = dataSource.getConnection();
    try (Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      log.info("Waiting for other nodes' start-up steps, if any");
      statement.execute("select pg_advisory_lock(" + KEY + ")");
      held = connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  synchronized void release() throws SQLException {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      held = null;
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
    }
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    acquire();
  }

  @Override
  public void destroy() throws SQLException {
    release();
  }

  @Component
  @Order(StartupOrder.UNLOCK)
  static class Release implements ApplicationRunner {
    private final StartupLock lock;

    Release(StartupLock lock) {
      this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
      lock.release();
    }
  }
}
