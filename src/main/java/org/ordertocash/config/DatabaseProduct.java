package org.ordertocash.config;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database the application runs on, where PostgreSQL and H2 need different SQL. */
public final class DatabaseProduct {

  private DatabaseProduct() {}

  public static boolean isPostgres(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    return product.toLowerCase().contains("postgres");
  }
}
