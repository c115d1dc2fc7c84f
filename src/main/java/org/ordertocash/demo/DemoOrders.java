package org.ordertocash.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ordertocash.order.Channel;
import org.ordertocash.order.OrderIntakeService;
import org.ordertocash.order.OrderRequest;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.ordertocash.config.StartupOrder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few demo orders entered by sally, so Tasklist has work on first start: a new customer's
 * order for manager review, an order on credit hold, one short of stock, one to negotiate and one
 * that needs a signed contract. Idempotency keys make a restart enter nothing twice.
 */
@Component
@Order(StartupOrder.DEMO_ORDERS)
@ConditionalOnProperty(name = "ordertocash.demo.enabled", havingValue = "true")
public class DemoOrders implements ApplicationRunner {

  static final String DEMO_USER = "sally";

  private final OrderIntakeService intake;
  
  private final Clock clock;

  public DemoOrders(OrderIntakeService intake, Clock clock) {
    this.intake = intake;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    LocalDate today = LocalDate.now(clock);
    enter("demo-new-customer", "C-1004", Channel.EMAIL, today.plusDays(21), line("P-100", 10, null), line("P-300", 4, null));
    enter("demo-credit-hold", "C-1005", Channel.PHONE, today.plusDays(21), line("P-200", 2, null));
    enter("demo-stock-short", "C-1002", Channel.WEB, today.plusDays(7), line("P-400", 3, null), line("P-100", 6, null));
    // 38 % below list price: beyond review's authority, negotiated (sally prepares, mike and nina approve)
    enter("demo-negotiation", "C-1001", Channel.PHONE, today.plusDays(28), line("P-200", 3, new BigDecimal("800.00")));
    // 12 conference tables (107,988 CNY) for a class A customer: approved automatically, but above
    // the contract threshold, so sally finds "Draft contract" in Tasklist.
    enter("demo-contract", "C-1001", Channel.EMAIL, today.plusDays(30), line("P-500", 12, null));
  }

  /** Enters nothing when the key was used before (dates differ from day to day, so no replay). */
  private void enter(String key, String customer, Channel channel, LocalDate delivery, OrderRequest.Line... lines) {
    if (intake.entered(DEMO_USER, key)) {
      return;
    }
    intake.submit(new OrderRequest(customer, channel, List.of(lines), delivery, null, null, null), DEMO_USER, key);
  }

  private static OrderRequest.Line line(String sku, int quantity, BigDecimal price) {
    return new OrderRequest.Line(sku, quantity, price);
  }
}
