package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The shipment arrived; the order is partially or fully delivered. */
@Component
public class RecordDeliveryDelegate implements JavaDelegate {

  private final ShipmentService service;

  public RecordDeliveryDelegate(ShipmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordDelivery(ShipmentProcess.SHIPMENT_NUMBER.require(execution), ProcessVars.actor(execution));
  }
}
