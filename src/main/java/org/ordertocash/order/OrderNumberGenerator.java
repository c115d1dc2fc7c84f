package org.ordertocash.order;

import java.time.Clock;
import java.time.Year;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Order numbers such as SO-2026-000042, drawn from a database sequence. */
@Component
public class OrderNumberGenerator {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final String nextValueSql;

  public OrderNumberGenerator(JdbcClient jdbc, DataSource dataSource, Clock clock) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.clock = clock;
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    // PostgreSQL and H2 spell "next value of a sequence" differently.
    this.nextValueSql = product.toLowerCase().contains("postgres")
        ? "select nextval('sales_order_number_seq')"
        : "select next value for sales_order_number_seq";
  }

  public String next() {
    long value = jdbc.sql(nextValueSql).query(Long.class).single();
    return String.format("SO-%d-%06d", Year.now(clock).getValue(), value);
  }
}
