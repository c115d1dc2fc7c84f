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
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    AuditStore appStore = new AuditStore(new JdbcTemplate(dataSource(APP)));
    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource(APP)));
    transaction.executeWithoutResult(status -> appStore.append(List.of(
        unchained("SO-TEST-1", "first"), unchained("SO-TEST-1", "second"), unchained("SO-TEST-2", "third"))));
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
    assertThat(app.queryForObject("select count(*) from audit_record", Long.class)).isEqualTo(3);
    assertThat(app.queryForObject("select count(*) from sales_order", Long.class)).as("business tables").isZero();

    for (String change : List.of("update audit_record set summary = 'x' where seq = 1",
        "delete from audit_record where seq = 1", "truncate audit_record",
        "alter table audit_record disable trigger audit_record_append_only",
        "drop trigger audit_record_append_only on audit_record",
        "delete from audit_chain_head")) {
      assertThatThrownBy(() -> app.execute(change)).as(change).rootCause()
          .hasMessageMatching("(?s).*(permission denied|must be owner|only moves forward).*");
    }
    assertThat(app.queryForObject("select count(*) from audit_record", Long.class)).isEqualTo(3);
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
