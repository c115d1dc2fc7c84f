package org.ordertocash.order;

import java.util.Set;

import org.ordertocash.config.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cancels an order by messaging its process; the process records the cancellation. */
@Service
public class OrderCancellationService {

  private static final Set<OrderStatus> DELIVERED_OR_BILLED =
      Set.of(OrderStatus.DELIVERED, OrderStatus.INVOICED, OrderStatus.PAID, OrderStatus.WRITTEN_OFF);

  private final OrderRepository orders;
  private final OrderProcesses processes;

  public OrderCancellationService(OrderRepository orders, OrderProcesses processes) {
    this.orders = orders;
    this.processes = processes;
  }

  /** Cancelling a cancelled order again changes nothing (a repeated request is harmless). */
  @Transactional
  public void cancel(String number, String reason, String user) {
    SalesOrder order = orders.findByNumber(number).orElseThrow(() -> OrderController.notFound(number));
    if (order.getStatus() == OrderStatus.CANCELLED) {
      return;
    }
    if (DELIVERED_OR_BILLED.contains(order.getStatus())) {
      // its process goes on collecting the money; a return or a credit note corrects a delivered order
      throw new DomainException.Conflict("Order " + number + " is " + order.getStatus()
          + " and can no longer be cancelled; a return or a credit note corrects it");
    }
    if (!processes.isRunning(number)) {
      throw new DomainException.Conflict("Order " + number + " is " + order.getStatus() + " and can no longer be cancelled");
    }
    processes.cancel(number, reason, user);
  }
}
