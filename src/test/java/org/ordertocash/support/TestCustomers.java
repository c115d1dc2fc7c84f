package org.ordertocash.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers a test class owns, so that what other classes do to the demo customers (orders that
 * use up C-1001's credit, overdue receivables) cannot change its outcome.
 */
public final class TestCustomers {

  private TestCustomers() {}

  /**
   * A class A customer of two years' standing with a credit limit of 10 million, no receivables,
   * delivery to Shanghai; answers its code. Orders of it within policy are approved automatically.
   */
  public static String established(JdbcClient jdbc) {
    String code = "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    jdbc.sql("""
        insert into customer (code, name, contact_name, contact_email, billing_street, billing_city,
            billing_postal_code, billing_country, delivery_street, delivery_city, delivery_postal_code,
            delivery_country, value_class, credit_limit, currency, payment_terms, blocked, created_at)
        values (:code, :name, 'Test Buyer', :email, '1 Test Road', 'Shanghai', '200000', 'CN',
            '1 Test Road', 'Shanghai', '200000', 'CN', 'A', 10000000, 'CNY', 'NET_30,NET_60', false, :since)""")
        .param("code", code).param("name", "Test customer " + code).param("email", email(code))
        .param("since", Timestamp.from(Instant.now().minus(730, ChronoUnit.DAYS)))
        .update();
    return code;
  }

  public static String email(String code) {
    return "buyer@" + code.toLowerCase() + ".example";
  }
}
