package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.ordertocash.config.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo receivables (demo profile only): one open, one overdue, so that the credit check meets
 * both. Only inserts what is missing.
 */
@Component
@Order(StartupOrder.DEMO_RECEIVABLES)
@ConditionalOnProperty(name = "ordertocash.demo.enabled", havingValue = "true")
class DemoReceivables implements ApplicationRunner {

  private final ReceivableRepository receivables;
  private final Clock clock;

  DemoReceivables(ReceivableRepository receivables, Clock clock) {
    this.receivables = receivables;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    LocalDate today = LocalDate.now(clock);
    receivable("INV-2026-0901", "C-1001", "42000.00", "42000.00", today.plusDays(20));
    receivable("INV-2026-0877", "C-1005", "18500.00", "12500.00", today.minusDays(25));
  }

  private void receivable(String invoice, String customer, String amount, String open, LocalDate due) {
    if (receivables.findByInvoiceNumberOrderByInstallmentNo(invoice).isEmpty()) {
      receivables.save(new Receivable(invoice, customer, new BigDecimal(amount), new BigDecimal(open), "CNY", due));
    }
  }
}
