package org.ordertocash.order;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderQueryService {

  private final OrderRepository orders;
  private final OrderProcesses processes;
  private final ObjectProvider<OrderShipments> shipments;
  private final ObjectProvider<OrderRecords> records;

  public OrderQueryService(OrderRepository orders, OrderProcesses processes, ObjectProvider<OrderShipments> shipments,
      ObjectProvider<OrderRecords> records) {
    this.orders = orders;
    this.processes = processes;
    this.shipments = shipments;
    this.records = records;
  }

  /** How many orders are in each status (operations metric); statuses without orders are 0. */
  @Transactional(readOnly = true)
  public java.util.Map<OrderStatus, Long> countByStatus() {
    java.util.Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
    for (OrderStatus status : OrderStatus.values()) {
      counts.put(status, 0L);
    }
    for (Object[] row : orders.countByStatus()) {
      counts.put((OrderStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Transactional(readOnly = true)
  public OrderView view(String number) {
    SalesOrder order = orders.findByNumber(number).orElseThrow(() -> OrderController.notFound(number));
    List<String> steps = processes.currentSteps(number);
    List<OrderShipments.ShipmentSummary> shipped = shipments.getIfAvailable(() -> orderNumber -> List.of()).of(number);
    List<OrderRecords.RecordSummary> kept = records.orderedStream().flatMap(r -> r.of(number).stream()).toList();
    return OrderView.of(order, shipped, kept, new OrderView.Process(processes.isRunning(number), steps,
        processes.openTasks(number)));
  }

  @Transactional(readOnly = true)
  public void requireExists(String number) {
    if (orders.findByNumber(number).isEmpty()) {
      throw OrderController.notFound(number);
    }
  }
}
