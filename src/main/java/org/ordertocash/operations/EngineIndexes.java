package org.ordertocash.operations;

import java.util.List;

import org.ordertocash.config.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's PostgreSQL schema lacks for this application's queries, created at start-up
 * because the engine creates its tables after Flyway has run (a migration could not see them on a
 * fresh database). {@code if not exists}: every start after the first, and every other node,
 * finds them there. {@code concurrently}: the first start on a busy database does not block
 * writers while the index builds.
 */
@Component
@Order(StartupOrder.ENGINE_INDEXES)
public class EngineIndexes implements ApplicationRunner {

  /**
   * Messages are correlated by a process variable (orderNumber, invoiceNumber: every bank notice,
   * carrier event and settlement). Camunda finds the variable by name alone, a scan of every running
   * process's variables of that name: 1.4 ms with 300 orders running, 9.5 ms with 700 (bench/results,
   * issue 16), and dunning keeps processes running for weeks.
   */
  static final String PROCESS_VARIABLE_BY_VALUE = "create index concurrently if not exists otc_ru_variable_name_text "
      + "on act_ru_variable (name_, text_) where task_id_ is null";

  static final List<String> INDEXES = List.of(PROCESS_VARIABLE_BY_VALUE);

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  private final JdbcTemplate jdbc;

  public EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    if (!"PostgreSQL".equals(product)) {
      return;
    }
    for (String index : INDEXES) {
      long started = System.nanoTime();
      jdbc.execute(index);
      log.debug("{} ({} ms)", index, (System.nanoTime() - started) / 1_000_000);
    }
  }
}
