package org.ordertocash.order;

import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import static org.ordertocash.config.TaskMarkdown.text;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.ordertocash.config.ExposedToModels;
import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.ordertocash.customer.PaymentTerms;
import org.ordertocash.customer.ValueClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's background for people who negotiate with them: class, credit limit, default
 * terms, their orders (count and value, other than the order at hand), how past negotiations
 * ended, and open and overdue receivables. Shown as markdown in the prepare-negotiation form
 * ({@code ${customerBackgrounds.markdown(orderNumber)}}), never typed in.
 */
@ExposedToModels
@Component("customerBackgrounds")
public class CustomerBackgrounds {

  private final CustomerDirectory customers;
  private final CustomerAccounts accounts;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final OrderToCashProperties properties;

  public CustomerBackgrounds(CustomerDirectory customers, CustomerAccounts accounts, JdbcClient jdbc, Clock clock,
      OrderToCashProperties properties) {
    this.properties = properties;
    this.customers = customers;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Background(String code, String name, ValueClass valueClass, BigDecimal creditLimit,
      PaymentTerms defaultTerms, String currency, long orders, BigDecimal orderValue, long confirmedOrders,
      long lostOrders, long rejectedOrders, BigDecimal openReceivables, BigDecimal overdueReceivables,
      long paidInvoices, long invoices) {}

  @Transactional(readOnly = true)
  public Background of(String orderNumber) {
    String code = jdbc.sql("select customer_code from sales_order where number = :number")
        .param("number", orderNumber).query(String.class).optional()
        .orElseThrow(() -> new IllegalStateException("No order " + orderNumber));
    CustomerView customer = customers.get(code);
    long orders = count(code, orderNumber, null);
    BigDecimal value = jdbc.sql("select coalesce(sum(total_amount), 0) from sales_order "
            + "where customer_code = :code and number <> :number and status not in ('REJECTED', 'CANCELLED', 'LOST')")
        .param("code", code).param("number", orderNumber).query(BigDecimal.class).single();
    long confirmed = jdbc.sql("select count(*) from sales_order where customer_code = :code and number <> :number "
            + "and status in ('CONFIRMED', 'IN_CONTRACT', 'CONTRACT_SIGNED', 'SHIPPING', 'PARTIALLY_DELIVERED', 'DELIVERED')")
        .param("code", code).param("number", orderNumber).query(Long.class).single();
    CustomerAccounts.Balance balance = accounts.balance(code, LocalDate.now(clock));
    return new Background(code, customer.getName(), customer.getValueClass(), customer.getCreditLimit(),
        customer.defaultPaymentTerms(), customer.getCurrency(), orders, value, confirmed,
        count(code, orderNumber, "LOST"), count(code, orderNumber, "REJECTED"),
        balance.open(), balance.overdue(), balance.paidInFull(), balance.invoices());
  }

  @Transactional(readOnly = true)
  public String markdown(String orderNumber) {
    Background b = of(orderNumber);
    String c = b.currency();
    Labels labels = properties.labels();
    return labels.text("task.background.heading", text(b.name()), b.code(), b.valueClass(),
            Money.format(b.creditLimit(), c), labels.code(b.defaultTerms())) + "\n\n"
        + labels.text("task.background.columns") + "\n"
        + "|---:|---:|---:|---:|---:|\n"
        + "| " + b.orders() + " | " + Money.format(b.orderValue(), c) + " | " + b.confirmedOrders() + " | "
        + b.lostOrders() + " | " + b.rejectedOrders() + " |\n\n"
        + labels.text("task.background.payments", b.paidInvoices(), b.invoices(), Money.format(b.openReceivables(), c),
            Money.format(b.overdueReceivables(), c))
        + (b.overdueReceivables().signum() > 0 ? " ⚠" : "") + "\n";
  }

  private long count(String code, String orderNumber, String status) {
    return jdbc.sql("select count(*) from sales_order where customer_code = :code and number <> :number"
            + (status == null ? "" : " and status = :status"))
        .param("code", code).param("number", orderNumber)
        .params(status == null ? java.util.Map.of() : java.util.Map.of("status", status))
        .query(Long.class).single();
  }
}
