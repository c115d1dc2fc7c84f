package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The order goes to the warehouse: status SHIPPING. */
@Component
public class StartShippingDelegate implements JavaDelegate {

  private final ShipmentService service;

  public StartShippingDelegate(ShipmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.startShipping(ShipmentProcess.ORDER_NUMBER.require(execution), ProcessVars.actor(execution));
  }
}
