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
    String code = newCode();
    insert(jdbc, code, "Test customer " + code, "Test Buyer", "1 Test Road", "Shanghai", "en");
    return code;
  }

  /**
   * Like {@link #established}, but a Chinese customer: name, contact and address in Chinese
   * ({@link #chineseName}, {@link #CHINESE_STREET}), mails and documents in zh-CN.
   */
  public static String chinese(JdbcClient jdbc) {
    String code = newCode();
    insert(jdbc, code, chineseName(code), "李伟", CHINESE_STREET, "上海", "zh-CN");
    return code;
  }

  public static final String CHINESE_STREET = "浦东新区世纪大道 88 号";

  public static String chineseName(String code) {
    return "华信测试贸易有限公司 " + code;
  }

  /** Mails and documents to the customer from now on in {@code language} (zh-CN or en). */
  public static void speaks(JdbcClient jdbc, String code, String language) {
    jdbc.sql("update customer set language = ? where code = ?").params(language, code).update();
  }

  private static String newCode() {
    return "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
  }

  private static void insert(JdbcClient jdbc, String code, String name, String contact, String street, String city,
      String language) {
    jdbc.sql("""
        insert into customer (code, name, contact_name, contact_email, billing_street, billing_city,
            billing_postal_code, billing_country, delivery_street, delivery_city, delivery_postal_code,
            delivery_country, value_class, credit_limit, currency, payment_terms, blocked, created_at, language)
        values (:code, :name, :contact, :email, :street, :city, '200000', 'CN',
            :street, :city, '200000', 'CN', 'A', 10000000, 'CNY', 'NET_30,NET_60', false, :since, :language)""")
        .param("code", code).param("name", name).param("contact", contact).param("email", email(code))
        .param("street", street).param("city", city).param("language", language)
        .param("since", Timestamp.from(Instant.now().minus(730, ChronoUnit.DAYS)))
        .update();
  }

  public static String email(String code) {
    return "buyer@" + code.toLowerCase() + ".example";
  }
}
