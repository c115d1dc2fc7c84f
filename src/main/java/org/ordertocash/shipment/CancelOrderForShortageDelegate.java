package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ordertocash.order.OrderLifecycle;

/** Sales and warehouse decided to cancel the order for lack of stock. */
@Component
public class CancelOrderForShortageDelegate implements JavaDelegate {

  private final OrderLifecycle service;

  public CancelOrderForShortageDelegate(OrderLifecycle service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object note = ShipmentProcess.SHORTAGE_NOTE.get(execution);
    String by = ShipmentProcess.SHORTAGE_DECIDED_BY.get(execution);
    service.cancel(ShipmentProcess.ORDER_NUMBER.require(execution), by == null ? ProcessVars.actor(execution) : by,
        "Not enough stock" + (note == null || note.toString().isBlank() ? "" : ": " + note));
  }
}
