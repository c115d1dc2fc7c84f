package org.ordertocash.shipment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Products, stock and confirmed orders of one test, written straight into the tables: no process
 * starts, and names are unique, so tests sharing the application context never see each other's.
 */
public final class StockFixtures {

  private final JdbcClient jdbc;
  private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private int products;
  private int orders;

  public StockFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new product with the given on-hand stock per warehouse (WH-SH, WH-GZ, ...). */
  public String product(Map<String, Integer> stock) {
    String sku = "T-" + tag + "-" + (++products);
    jdbc.sql("insert into product (sku, name, unit, list_price, currency) values (:sku, :name, 'pcs', 10.00, 'CNY')")
        .param("sku", sku).param("name", "Test product " + sku).update();
    stock.forEach((warehouse, onHand) -> jdbc.sql(
            "insert into stock_item (sku, warehouse_code, on_hand, reserved) values (:sku, :w, :q, 0)")
        .param("sku", sku).param("w", warehouse).param("q", onHand).update());
    return sku;
  }

  /** A CONFIRMED order of customer C-1001 with one line per SKU and quantity (in line order). */
  public String order(Object... skusAndQuantities) {
    String number = "SO-T" + tag + "-" + (++orders);
    jdbc.sql("""
            insert into sales_order (number, customer_code, channel, status, currency, total_amount, payment_terms,
              requested_delivery_date, delivery_street, delivery_city, delivery_postal_code, delivery_country,
              entered_by, created_at, version)
            values (:n, 'C-1001', 'PHONE', 'CONFIRMED', 'CNY', 100.00, 'NET_30', :d, '88 Century Avenue',
              'Shanghai', '200120', 'CN', 'sally', :t, 0)""")
        .param("n", number).param("d", LocalDate.now().plusDays(20))
        .param("t", Timestamp.from(Instant.now())).update(); // PostgreSQL's driver cannot bind an Instant
    long id = jdbc.sql("select id from sales_order where number = :n").param("n", number).query(Long.class).single();
    for (int i = 0; i < skusAndQuantities.length; i += 2) {
      jdbc.sql("""
              insert into sales_order_line (order_id, line_no, sku, quantity, unit_price, list_price)
              values (:o, :l, :s, :q, 10.00, 10.00)""")
          .param("o", id).param("l", i / 2 + 1).param("s", skusAndQuantities[i]).param("q", skusAndQuantities[i + 1])
          .update();
    }
    return number;
  }

  public int onHand(String sku, String warehouse) {
    return level(sku, warehouse, "on_hand");
  }

  public int reserved(String sku, String warehouse) {
    return level(sku, warehouse, "reserved");
  }

  public int reservedTotal(String sku) {
    return jdbc.sql("select coalesce(sum(reserved), 0) from stock_item where sku = :s").param("s", sku)
        .query(Integer.class).single();
  }

  /** Sum of the RESERVED (or other status) reservation rows of a SKU. */
  public int reservations(String sku, String status) {
    return jdbc.sql("select coalesce(sum(quantity), 0) from stock_reservation where sku = :s and status = :st")
        .param("s", sku).param("st", status).query(Integer.class).single();
  }

  private int level(String sku, String warehouse, String column) {
    return jdbc.sql("select " + column + " from stock_item where sku = :s and warehouse_code = :w")
        .param("s", sku).param("w", warehouse).query(Integer.class).single();
  }
}
