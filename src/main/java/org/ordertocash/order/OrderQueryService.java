package org.ordertocash.order;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderQueryService {

  private final OrderRepository orders;
  private final OrderProcesses processes;

  public OrderQueryService(OrderRepository orders, OrderProcesses processes) {
    this.orders = orders;
    this.processes = processes;
  }

  @Transactional(readOnly = true)
  public OrderView view(String number) {
    SalesOrder order = orders.findByNumber(number).orElseThrow(() -> OrderController.notFound(number));
    List<String> steps = processes.currentSteps(number);
    return OrderView.of(order, new OrderView.Process(processes.isRunning(number), steps,
        processes.openTasks(number)));
  }

  @Transactional(readOnly = true)
  public void requireExists(String number) {
    if (orders.findByNumber(number).isEmpty()) {
      throw OrderController.notFound(number);
    }
  }
}
