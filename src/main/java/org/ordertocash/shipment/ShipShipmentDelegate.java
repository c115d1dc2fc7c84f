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
    String by = ShipmentProcess.SHIPPED_BY.get(execution);
    service.ship(ShipmentProcess.SHIPMENT_NUMBER.require(execution), (String) ShipmentProcess.TRACKING_NUMBER.get(execution),
        by == null ? ProcessVars.actor(execution) : by);
  }
}
