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
    execution.setVariable("replacedShipment", ProcessVars.shipmentNumber(execution));
    execution.setVariable("shipmentNumber", service.createReplacement(ProcessVars.shipmentNumber(execution),
        ShipmentStatus.valueOf((String) execution.getVariable("deliveryOutcome"))));
  }
}
