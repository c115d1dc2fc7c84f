package org.ordertocash.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.billing.Receivable;
import org.ordertocash.billing.ReceivableRepository;
import org.ordertocash.customer.Address;
import org.ordertocash.customer.Customer;
import org.ordertocash.customer.CustomerRepository;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.customer.ValueClass;
import org.ordertocash.inventory.Product;
import org.ordertocash.inventory.ProductRepository;
import org.ordertocash.inventory.StockItem;
import org.ordertocash.inventory.StockItemRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.ordertocash.config.StartupOrder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo customers, products, stock and receivables (default/dev profile only), chosen so that
 * the README walkthrough meets every path of order review. Only inserts what is missing.
 */
@Component
@Order(StartupOrder.DEMO_DATA)
@ConditionalOnProperty(name = "ordertocash.demo.enabled", havingValue = "true")
public class DemoMasterData implements ApplicationRunner {

  private final CustomerRepository customers;
  private final ProductRepository products;
  private final StockItemRepository stock;
  private final ReceivableRepository receivables;
  private final Clock clock;

  public DemoMasterData(CustomerRepository customers, ProductRepository products,
      StockItemRepository stock, ReceivableRepository receivables, Clock clock) {
    this.customers = customers;
    this.products = products;
    this.stock = stock;
    this.receivables = receivables;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    customer("C-1001", "Huaxin Trading Co.", "Li Wei", ValueClass.A, "500000",
        List.of(PaymentTerms.NET_30, PaymentTerms.NET_60), address("88 Century Avenue", "Shanghai", "200120"), 1200, false);
    customer("C-1002", "Beijing Star Retail", "Zhang Min", ValueClass.B, "100000",
        List.of(PaymentTerms.NET_30), address("5 Jianguo Road", "Beijing", "100022"), 900, false);
    customer("C-1003", "Chengdu Small Shops", "Chen Jie", ValueClass.C, "20000",
        List.of(PaymentTerms.PREPAID, PaymentTerms.NET_15), address("12 Renmin South Road", "Chengdu", "610041"), 700, false);
    customer("C-1004", "Shenzhen Newtech Ltd.", "Wang Fang", ValueClass.B, "80000",
        List.of(PaymentTerms.NET_30), address("3 Keji Road", "Shenzhen", "518057"), 10, false);
    customer("C-1005", "Guangzhou Late Payers Co.", "Liu Yang", ValueClass.B, "60000",
        List.of(PaymentTerms.NET_30), address("101 Tianhe Road", "Guangzhou", "510620"), 2000, false);
    customer("C-1006", "Blocked Imports Inc.", "Zhao Lei", ValueClass.C, "0",
        List.of(PaymentTerms.PREPAID), address("1 Harbour Road", "Tianjin", "300450"), 3000, true);

    product("P-100", "Office chair", "pcs", "199.00", 120, 40);
    product("P-200", "Standing desk", "pcs", "1299.00", 25, 10);
    product("P-300", "Monitor arm", "pcs", "89.90", 8, 0);
    product("P-400", "Filing cabinet", "pcs", "459.00", 0, 0);
    // Expensive enough that a dozen make an order above the contract threshold.
    product("P-500", "Conference table", "pcs", "8999.00", 12, 8);

    LocalDate today = LocalDate.now(clock);
    receivable("INV-2026-0901", "C-1001", "42000.00", "42000.00", today.plusDays(20));
    receivable("INV-2026-0877", "C-1005", "18500.00", "12500.00", today.minusDays(25));
  }

  private static Address address(String street, String city, String postalCode) {
    return new Address(street, city, postalCode, "CN");
  }

  private void customer(String code, String name, String contact, ValueClass valueClass, String limit,
      List<PaymentTerms> terms, Address address, int customerForDays, boolean blocked) {
    if (customers.existsById(code)) {
      return;
    }
    String email = contact.toLowerCase().replace(' ', '.') + "@" + code.toLowerCase() + ".example";
    customers.save(new Customer(code, name, contact, email, "+86 21 5555 " + code.substring(2), address,
        null, valueClass, new BigDecimal(limit), "CNY", terms, blocked,
        clock.instant().minus(Duration.ofDays(customerForDays))));
  }

  private void product(String sku, String name, String unit, String listPrice, int shanghai, int guangzhou) {
    if (products.existsById(sku)) {
      return;
    }
    products.save(new Product(sku, name, unit, new BigDecimal(listPrice), "CNY"));
    stock.save(new StockItem(sku, "WH-SH", shanghai, 0));
    stock.save(new StockItem(sku, "WH-GZ", guangzhou, 0));
  }

  private void receivable(String invoice, String customer, String amount, String open, LocalDate due) {
    if (receivables.findByInvoiceNumber(invoice).isEmpty()) {
      receivables.save(new Receivable(invoice, customer, new BigDecimal(amount), new BigDecimal(open), "CNY", due));
    }
  }
}
