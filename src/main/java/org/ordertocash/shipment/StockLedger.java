package org.ordertocash.shipment;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stock_item counters, changed only by conditional updates: two transactions racing for the
 * last units cannot both reserve them (the database serialises the row update and re-checks the
 * condition; the check constraint reserved <= on_hand backs it up). Plain SQL on purpose: JPA
 * entities read earlier in the transaction would hide the other transaction's change.
 */
@Component
public class StockLedger {

  private final JdbcClient jdbc;

  public StockLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stock of a SKU per warehouse, largest available first. */
  public List<Level> levels(String sku) {
    return jdbc.sql("""
            select warehouse_code, on_hand, reserved from stock_item where sku = :sku
            order by on_hand - reserved desc, warehouse_code""")
        .param("sku", sku)
        .query((rs, i) -> new Level(sku, rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
  }

  public List<Level> all() {
    return jdbc.sql("select sku, warehouse_code, on_hand, reserved from stock_item order by sku, warehouse_code")
        .query((rs, i) -> new Level(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
  }

  public boolean warehouseExists(String warehouseCode) {
    return jdbc.sql("select count(*) from stock_item where warehouse_code = :w").param("w", warehouseCode)
        .query(Integer.class).single() > 0;
  }

  /**
   * Locks the stock rows of these SKUs until the transaction ends, always in the same order (SKU,
   * then warehouse). A transaction that changes the counters of several rows calls this first, so
   * two of them wait for each other instead of each holding a row the other needs (a deadlock on
   * PostgreSQL, e.g. two orders with the same products in opposite line order).
   */
  public void lockInOrder(Collection<String> skus) {
    if (skus.isEmpty()) {
      return;
    }
    jdbc.sql("select sku from stock_item where sku in (:skus) order by sku, warehouse_code for update")
        .param("skus", new TreeSet<>(skus)).query(String.class).list();
  }

  /** Reserves {@code quantity} units if that many are available; false if not (nothing changed). */
  public boolean reserve(String sku, String warehouseCode, int quantity) {
    return jdbc.sql("""
            update stock_item set reserved = reserved + :q
            where sku = :s and warehouse_code = :w and on_hand - reserved >= :q""")
        .param("q", quantity).param("s", sku).param("w", warehouseCode).update() == 1;
  }

  public void release(String sku, String warehouseCode, int quantity) {
    expectOne(jdbc.sql("""
            update stock_item set reserved = reserved - :q
            where sku = :s and warehouse_code = :w and reserved >= :q""")
        .param("q", quantity).param("s", sku).param("w", warehouseCode).update(), "release", sku, warehouseCode);
  }

  /** Reserved goods leave the warehouse: on hand and reserved both go down. */
  public void issue(String sku, String warehouseCode, int quantity) {
    expectOne(jdbc.sql("""
            update stock_item set on_hand = on_hand - :q, reserved = reserved - :q
            where sku = :s and warehouse_code = :w and reserved >= :q and on_hand >= :q""")
        .param("q", quantity).param("s", sku).param("w", warehouseCode).update(), "issue", sku, warehouseCode);
  }

  /** Incoming goods; a warehouse that never held the SKU gets a stock item for it. */
  public void receive(String sku, String warehouseCode, int quantity) {
    int updated = jdbc.sql("update stock_item set on_hand = on_hand + :q where sku = :s and warehouse_code = :w")
        .param("q", quantity).param("s", sku).param("w", warehouseCode).update();
    if (updated == 0) {
      jdbc.sql("insert into stock_item (sku, warehouse_code, on_hand, reserved) values (:s, :w, :q, 0)")
          .param("q", quantity).param("s", sku).param("w", warehouseCode).update();
    }
  }

  private static void expectOne(int updated, String what, String sku, String warehouseCode) {
    if (updated != 1) {
      throw new IllegalStateException("Cannot " + what + " stock of " + sku + " in " + warehouseCode
          + ": the reservation and the stock counters disagree");
    }
  }

  public record Level(String sku, String warehouseCode, int onHand, int reserved) {
    public int available() {
      return Math.max(0, onHand - reserved);
    }
  }
}
