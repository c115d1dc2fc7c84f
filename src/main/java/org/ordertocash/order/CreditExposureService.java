package org.ordertocash.order;

import org.ordertocash.config.Labels;
import org.ordertocash.config.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.LocalDate;

import org.ordertocash.customer.CustomerDirectory;
import org.ordertocash.customer.CustomerView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit exposure of a customer: open receivables + open confirmed orders + the order at hand,
 * against the credit limit. Any overdue receivable, or a credit block from dunning, puts the order
 * on hold as well.
 */
@Service
public class CreditExposureService {

  private final CustomerDirectory customers;
  private final CustomerAccounts accounts;
  private final CreditBlocks blocks;
  private final JdbcClient jdbc;
  private final Clock clock;

  public CreditExposureService(CustomerDirectory customers, CustomerAccounts accounts, CreditBlocks blocks,
      JdbcClient jdbc, Clock clock) {
    this.customers = customers;
    this.accounts = accounts;
    this.blocks = blocks;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public CreditAssessment assess(String customerCode, String orderNumber, BigDecimal orderValue) {
    CustomerView customer = customers.get(customerCode);
    CustomerAccounts.Balance balance = accounts.balance(customerCode, LocalDate.now(clock));
    BigDecimal exposure = balance.open().add(openConfirmedOrders(customerCode, orderNumber)).add(orderValue);
    return new CreditAssessment(exposure, customer.getCreditLimit(), balance.overdue(),
        blocks.blockReason(customerCode).orElse(null));
  }

  /**
   * Orders we accepted and have not invoiced yet, other than the order being checked. The
   * statuses are those of {@code OrderStatus.COMMITTED}.
   */
  private BigDecimal openConfirmedOrders(String customerCode, String orderNumber) {
    return jdbc.sql("select coalesce(sum(total_amount), 0) from sales_order "
            + "where customer_code = :customer and status in "
            + "('CONFIRMED', 'IN_CONTRACT', 'CONTRACT_SIGNED', 'SHIPPING', 'PARTIALLY_DELIVERED', 'DELIVERED') "
            + "and number <> :number")
        .param("customer", customerCode)
        .param("number", orderNumber)
        .query(BigDecimal.class)
        .single();
  }

  /** {@code blockReason} is null unless the customer's credit is blocked. */
  public record CreditAssessment(BigDecimal exposure, BigDecimal limit, BigDecimal overdue, String blockReason) {

    public boolean overLimit() {
      return exposure.compareTo(limit) > 0;
    }

    public boolean hasOverdue() {
      return overdue.signum() > 0;
    }

    public boolean blocked() {
      return blockReason != null;
    }

    public boolean ok() {
      return !overLimit() && !hasOverdue() && !blocked();
    }

    /** Why the order is on hold, for the finance form; empty when credit is fine. */
    public String holdReason(String currency, Labels labels) {
      List<String> reasons = new ArrayList<>();
      if (blocked()) {
        reasons.add(labels.text("credit.blocked", blockReason));
      }
      if (overLimit()) {
        reasons.add(labels.text("credit.overLimit", Money.format(exposure, currency), Money.format(limit, currency)));
      }
      if (hasOverdue()) {
        reasons.add(labels.text("credit.overdue", Money.format(overdue, currency)));
      }
      return String.join(labels.text("sentence.separator"), reasons);
    }
  }
}
