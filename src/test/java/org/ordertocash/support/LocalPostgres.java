package org.ordertocash.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away database on the local PostgreSQL server for one test class (use
 * {@link PerTestClass}). The server comes from
 * OTC_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), OTC_TEST_PG_USER
 * (postgres) and OTC_TEST_PG_PASSWORD (empty). Where no server answers, the test is skipped with a
 * message, unless OTC_REQUIRE_POSTGRES=true (set by .ci/run), where it fails.
 */
public final class LocalPostgres {

  private static LocalPostgres current;

  private final String adminUrl;
  private final String user;
  private final String password;
  private final String database;

  private LocalPostgres(String adminUrl, String user, String password, String database) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.database = database;
  }

  /** Creates a fresh database; throws {@link SQLException} when the server does not answer. */
  static LocalPostgres createDatabase() throws SQLException {
    String url = env("OTC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    LocalPostgres postgres = new LocalPostgres(url, env("OTC_TEST_PG_USER", "postgres"),
        env("OTC_TEST_PG_PASSWORD", ""), "otc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    postgres.execute("create database " + postgres.database);
    return postgres;
  }

  /** The database of the running test class (see {@link PerTestClass}). */
  public static LocalPostgres current() {
    return current;
  }

  /** Points the application under test at the test class's database (from a {@code @DynamicPropertySource}). */
  public static void datasourceFor(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> current().jdbcUrl());
    registry.add("spring.datasource.username", () -> current().user());
    registry.add("spring.datasource.password", () -> current().password());
  }

  /**
   * Creates the database before Spring starts the application and drops it after Spring closed
   * it. Declare it before {@code @SpringBootTest} (JUnit calls "after all" callbacks in reverse)
   * together with {@code @DirtiesContext}, so the application lets go of the database first.
   */
  public static class PerTestClass implements ExecutionCondition, AfterAllCallback {

    /** Decided before the class starts, so no application is started for nothing. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (context.getTestMethod().isPresent() || current != null) {
        return ConditionEvaluationResult.enabled("PostgreSQL database " + (current == null ? "" : current.database));
      }
      try {
        current = createDatabase();
        return ConditionEvaluationResult.enabled("PostgreSQL database " + current.database);
      } catch (SQLException e) {
        String message = "PostgreSQL not reachable at " + env("OTC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres")
            + " (" + e.getMessage() + ")";
        if (Boolean.parseBoolean(System.getenv("OTC_REQUIRE_POSTGRES"))) {
          throw new IllegalStateException(message + " and OTC_REQUIRE_POSTGRES=true", e);
        }
        return ConditionEvaluationResult.disabled(message + ": skipped. Start PostgreSQL or set OTC_TEST_PG_URL.");
      }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
      if (current != null) {
        current.drop();
        current = null;
      }
    }
  }

  public String jdbcUrl() {
    int slash = adminUrl.lastIndexOf('/');
    String rest = adminUrl.substring(slash + 1);
    int query = rest.indexOf('?');
    return adminUrl.substring(0, slash + 1) + database + (query >= 0 ? rest.substring(query) : "");
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public void drop() throws SQLException {
    execute("drop database if exists " + database + " with (force)");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
