package org.ordertocash.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.ordertocash.config.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo customers (demo profile only), one per path of order review in the README walkthrough.
 * Only inserts what is missing.
 */
@Component
@Order(StartupOrder.DEMO_DATA)
@ConditionalOnProperty(name = "ordertocash.demo.enabled", havingValue = "true")
class DemoCustomers implements ApplicationRunner {

  private final CustomerRepository customers;
  private final Clock clock;

  DemoCustomers(CustomerRepository customers, Clock clock) {
    this.customers = customers;
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
}
