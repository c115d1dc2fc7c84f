package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.variable.Variables;

/** Creates the order's shipments (and a backorder for what is missing, if decided); lists their numbers. */
@Component
public class CreateShipmentsDelegate implements JavaDelegate {

  private final ShipmentService service;

  public CreateShipmentsDelegate(ShipmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean backorder = ShortageDecision.SHIP_AVAILABLE_BACKORDER_REST.name().equals(ShipmentProcess.SHORTAGE_DECISION.get(execution));
    List<String> numbers = service.createShipments(ShipmentProcess.ORDER_NUMBER.require(execution), backorder);
    execution.setVariable(ShipmentProcess.SHIPMENT_NUMBERS.name(), Variables.objectValue(new ArrayList<>(numbers))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
