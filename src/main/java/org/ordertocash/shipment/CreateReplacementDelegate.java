package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A lost or damaged shipment is replaced: the loop goes on with the replacement's number. */
@Component
public class CreateReplacementDelegate implements JavaDelegate {

  private final ShipmentService service;

  public CreateReplacementDelegate(ShipmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ShipmentProcess.REPLACED_SHIPMENT.set(execution, ShipmentProcess.SHIPMENT_NUMBER.require(execution));
    ShipmentProcess.SHIPMENT_NUMBER.set(execution, service.createReplacement(ShipmentProcess.SHIPMENT_NUMBER.require(execution),
        ShipmentStatus.valueOf(ShipmentProcess.DELIVERY_OUTCOME.require(execution))));
  }
}
