package org.ordertocash.inventory;

import java.math.BigDecimal;
import java.util.Map;

import org.ordertocash.config.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo products and their stock in both warehouses (demo profile only). Only inserts what is missing. */
@Component
@Order(StartupOrder.DEMO_DATA)
@ConditionalOnProperty(name = "ordertocash.demo.enabled", havingValue = "true")
class DemoProducts implements ApplicationRunner {

  private final ProductRepository products;
  private final StockItemRepository stock;

  DemoProducts(ProductRepository products, StockItemRepository stock) {
    this.products = products;
    this.stock = stock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    product("P-100", "Office chair", "pcs", "199.00", 120, 40);
    product("P-200", "Standing desk", "pcs", "1299.00", 25, 10);
    product("P-300", "Monitor arm", "pcs", "89.90", 8, 0, "ACCESSORIES");
    product("P-400", "Filing cabinet", "pcs", "459.00", 0, 0);
    // Expensive enough that a dozen make an order above the contract threshold.
    product("P-500", "Conference table", "pcs", "8999.00", 12, 8);
    chineseNames(Map.of("P-100", "办公椅", "P-200", "升降办公桌", "P-300", "显示器支架", "P-400", "文件柜",
        "P-500", "会议桌"));
  }

  /** Chinese names for the documents of Chinese customers; also given to demo products made before there were any. */
  private void chineseNames(Map<String, String> names) {
    names.forEach((sku, name) -> products.findById(sku).filter(p -> p.getNameZh() == null).ifPresent(p -> p.setNameZh(name)));
  }

  private void product(String sku, String name, String unit, String listPrice, int shanghai, int guangzhou) {
    product(sku, name, unit, listPrice, shanghai, guangzhou, "FURNITURE");
  }

  private void product(String sku, String name, String unit, String listPrice, int shanghai, int guangzhou,
      String category) {
    if (products.existsById(sku)) {
      return;
    }
    products.save(new Product(sku, name, unit, new BigDecimal(listPrice), "CNY", category));
    stock.save(new StockItem(sku, "WH-SH", shanghai, 0));
    stock.save(new StockItem(sku, "WH-GZ", guangzhou, 0));
  }
}
