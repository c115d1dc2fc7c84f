package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Goods leave: delivery note, stock issued, shipment SHIPPED. */
@Component
public class ShipShipmentDelegate implements JavaDelegate {

  private final ShipmentService service;

  public ShipShipmentDelegate(ShipmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object by = execution.getVariable("shippedBy");
    service.ship(ProcessVars.shipmentNumber(execution), (String) execution.getVariable("trackingNumber"),
        by == null ? ProcessVars.actor(execution) : (String) by);
  }
}
