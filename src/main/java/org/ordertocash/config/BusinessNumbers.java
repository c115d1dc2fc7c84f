package org.ordertocash.config;

import java.time.Clock;
import java.time.Year;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Numbers people quote on the phone, such as SO-2026-000042 or QT-2026-000007: a prefix, the
 * year and the next value of a database sequence (created by the feature's Flyway migration).
 */
@Component
public class BusinessNumbers {

  private static final Pattern SEQUENCE = Pattern.compile("[a-z_]+_seq");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final boolean postgres;

  public BusinessNumbers(JdbcClient jdbc, DataSource dataSource, Clock clock) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.clock = clock;
    this.postgres = DatabaseProduct.isPostgres(dataSource);
  }

  public String next(String prefix, String sequence) {
    return String.format("%s-%d-%06d", prefix, Year.now(clock).getValue(), nextValue(sequence));
  }

  /** A code without the year, such as C-2001 for a customer. */
  public String nextCode(String prefix, String sequence) {
    return prefix + "-" + nextValue(sequence);
  }

  private long nextValue(String sequence) {
    if (!SEQUENCE.matcher(sequence).matches()) {
      throw new IllegalArgumentException("Not a sequence name: " + sequence);
    }
    // PostgreSQL and H2 spell "next value of a sequence" differently.
    String sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
    return jdbc.sql(sql).query(Long.class).single();
  }
}
