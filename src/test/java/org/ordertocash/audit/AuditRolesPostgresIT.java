package org.ordertocash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ordertocash.support.LocalPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The README's role set-up (docs/postgres/roles.sql and grants.sql) on the local PostgreSQL, then
 * the migrations as the owner: the application's account may append audit records but neither
 * change, remove nor truncate them, nor switch the triggers off; even the owner's changes are
 * refused by the triggers; and a row a superuser alters anyway breaks the chain at that record.
 */
@ExtendWith(LocalPostgres.PerTestClass.class)
class AuditRolesPostgresIT {

  static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  static final String OWNER = "otc_owner_" + RUN;
  static final String APP = "otc_app_" + RUN;
  static final String DATABASE = "otc_roles_" + RUN;
  static final String PASSWORD = "pw-" + RUN;

  static LocalPostgres server;

  @BeforeAll
  static void setUpRolesAndSchema() throws Exception {
    server = LocalPostgres.current();
    try (Connection admin = DriverManager.getConnection(adminUrl("postgres"), server.user(), server.password())) {
      run(admin, "docs/postgres/roles.sql");
    }
    try (Connection admin = DriverManager.getConnection(adminUrl(DATABASE), server.user(), server.password())) {
      run(admin, "docs/postgres/grants.sql");
    }
    Flyway.configure().dataSource(adminUrl(DATABASE), OWNER, PASSWORD)
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .placeholders(Map.of("approle", APP))
        .load().migrate();
    DataSource connections = dataSource(APP);
    AuditStore appStore = new AuditStore(new JdbcTemplate(connections));
    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(connections));
    transaction.executeWithoutResult(status -> appStore.queue(List.of(
        unchained("SO-TEST-1", "first"), unchained("SO-TEST-1", "second"), unchained("SO-TEST-2", "third"))));
    transaction.executeWithoutResult(status -> appStore.chainQueued(AuditChainer.ROUND));
  }

  @AfterAll
  static void dropDatabaseAndRoles() throws SQLException {
    try (Connection admin = DriverManager.getConnection(adminUrl("postgres"), server.user(), server.password());
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + DATABASE + " with (force)");
      sql.execute("drop role if exists " + APP);
      sql.execute("drop role if exists " + OWNER);
    }
  }

  @Test
  void theApplicationAppendsButCannotChangeRemoveOrUnprotectRecords() {
    JdbcTemplate app = new JdbcTemplate(dataSource(APP));
    assertThat(app.queryForObject("select count(*) from audit_record where order_number in ('SO-TEST-1', 'SO-TEST-2')",
        Long.class)).isEqualTo(3);
    assertThat(app.queryForObject("select count(*) from sales_order", Long.class)).as("business tables").isZero();

    for (String change : List.of("update audit_record set summary = 'x' where seq = 1",
        "delete from audit_record where seq = 1", "truncate audit_record",
        "alter table audit_record disable trigger audit_record_append_only",
        "drop trigger audit_record_append_only on audit_record",
        "delete from audit_chain_head")) {
      assertThatThrownBy(() -> app.execute(change)).as(change).rootCause()
          .hasMessageMatching("(?s).*(permission denied|must be owner|only moves forward).*");
    }
    assertThat(app.queryForObject("select count(*) from audit_record where order_number in ('SO-TEST-1', 'SO-TEST-2')",
        Long.class)).isEqualTo(3);
  }

  @Test
  void aRecordWaitingForTheChainCannotBeChangedOnlyChained() {
    DataSource connections = dataSource(APP);
    JdbcTemplate app = new JdbcTemplate(connections);
    AuditStore appStore = new AuditStore(app);
    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(connections));
    transaction.executeWithoutResult(status -> appStore.queue(List.of(unchained("SO-TEST-3", "queued"))));
    for (JdbcTemplate role : List.of(app, new JdbcTemplate(dataSource(OWNER)))) {
      assertThatThrownBy(() -> role.execute("update audit_pending set summary = 'x'")).rootCause()
          .hasMessageMatching("(?s).*(permission denied|refused).*");
    }
    assertThatThrownBy(() -> app.execute("truncate audit_pending")).rootCause().hasMessageContaining("permission denied");

    transaction.executeWithoutResult(status -> appStore.chainQueued(AuditChainer.ROUND));

    assertThat(app.queryForList("select summary from audit_record where order_number = 'SO-TEST-3'", String.class))
        .containsExactly("queued");
    assertThat(app.queryForObject("select count(*) from audit_pending", Long.class)).isZero();
  }

  @Test
  void twoNodesChainingAtOnceTakeEachRecordOnce() throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      DataSource connections = dataSource(APP); // one data source, so the store's statements join the transactions
      AuditStore store = new AuditStore(new JdbcTemplate(connections));
      TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(connections));
      String order = "SO-NODE-" + node;
      // one thread of each node queues while another chains, as its chainer does after each commit
      done.add(nodes.submit(() -> {
        for (int i = 0; i < 100; i++) {
          int n = i;
          transaction.executeWithoutResult(status -> store.queue(List.of(unchained(order, "record " + n))));
        }
      }));
      done.add(nodes.submit(() -> {
        for (int i = 0; i < 50; i++) {
          transaction.executeWithoutResult(status -> store.chainQueued(7));
        }
      }));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    nodes.shutdown();
    DataSource connections = dataSource(APP);
    AuditStore store = new AuditStore(new JdbcTemplate(connections));
    new TransactionTemplate(new DataSourceTransactionManager(connections))
        .executeWithoutResult(status -> store.chainQueued(1_000));

    JdbcTemplate app = new JdbcTemplate(dataSource(APP));
    for (String order : List.of("SO-NODE-0", "SO-NODE-1")) {
      assertThat(app.queryForList("select summary from audit_record where order_number = ? order by seq", String.class,
          order)).as(order).hasSize(100).doesNotHaveDuplicates().startsWith("record 0").endsWith("record 99");
    }
    assertThat(new ChainVerifier(store).verify().intact()).isTrue();
  }

  @Test
  void evenTheOwnersChangesAreRefusedByTheTriggers() {
    JdbcTemplate owner = new JdbcTemplate(dataSource(OWNER));
    for (String change : List.of("update audit_record set summary = 'x' where seq = 1",
        "delete from audit_record where seq = 1", "truncate audit_record",
        "update audit_chain_head set last_seq = 0")) {
      assertThatThrownBy(() -> owner.execute(change)).as(change).rootCause().hasMessageContaining("refused");
    }
  }

  @Test
  void aRecordASuperuserAltersAnywayBreaksTheChainThere() {
    JdbcTemplate superuser = new JdbcTemplate(new DriverManagerDataSource(adminUrl(DATABASE), server.user(), server.password()));
    ChainVerifier verifier = new ChainVerifier(new AuditStore(new JdbcTemplate(dataSource(APP))));
    assertThat(verifier.verify().intact()).isTrue();
    String original = superuser.queryForObject("select summary from audit_record where seq = 2", String.class);
    try {
      superuser.execute("alter table audit_record disable trigger audit_record_append_only");
      superuser.update("update audit_record set summary = 'rewritten' where seq = 2");

      ChainVerifier.Verification verification = verifier.verify();
      assertThat(verification.intact()).isFalse();
      assertThat(verification.firstBroken().seq()).isEqualTo(2);
    } finally {
      superuser.update("update audit_record set summary = ? where seq = 2", original);
      superuser.execute("alter table audit_record enable trigger audit_record_append_only");
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  private static AuditRecord unchained(String order, String summary) {
    return new AuditRecord(0, AuditStore.toMillis(Instant.now()), order, AuditKind.API_WRITE.name(), "sally", null,
        null, null, null, summary, "{\"status\":201}", null, null);
  }

  private static DriverManagerDataSource dataSource(String role) {
    return new DriverManagerDataSource(adminUrl(DATABASE), role, PASSWORD);
  }

  /** The server's URL with another database name (keeps any query parameters). */
  private static String adminUrl(String database) {
    String url = server.jdbcUrl();
    int slash = url.lastIndexOf('/');
    String rest = url.substring(slash + 1);
    int query = rest.indexOf('?');
    return url.substring(0, slash + 1) + database + (query >= 0 ? rest.substring(query) : "");
  }

  /** Runs a psql script with its -v variables filled in (identifiers quoted, literals escaped). */
  private static void run(Connection connection, String script) throws IOException, SQLException {
    String sql = Files.readString(Path.of(script))
        .replace(":\"owner\"", "\"" + OWNER + "\"").replace(":\"app\"", "\"" + APP + "\"")
        .replace(":\"database\"", "\"" + DATABASE + "\"")
        .replace(":'owner_password'", "'" + PASSWORD + "'").replace(":'app_password'", "'" + PASSWORD + "'");
    StringBuilder statement = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      statement.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        try (Statement s = connection.createStatement()) {
          s.execute(statement.toString());
        }
        statement.setLength(0);
      }
    }
  }
}
