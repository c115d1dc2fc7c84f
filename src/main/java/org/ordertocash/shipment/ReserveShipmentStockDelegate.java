package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reserves a backorder's or replacement's stock; shipmentReady tells whether it can be planned. */
@Component
public class ReserveShipmentStockDelegate implements JavaDelegate {

  private final ShipmentService service;

  public ReserveShipmentStockDelegate(ShipmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ShipmentProcess.SHIPMENT_READY.set(execution, service.reserveStock(ShipmentProcess.SHIPMENT_NUMBER.require(execution)));
  }
}
