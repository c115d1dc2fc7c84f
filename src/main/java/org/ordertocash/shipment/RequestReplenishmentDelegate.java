package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The order waits for stock: purchasing is asked for what is missing. */
@Component
public class RequestReplenishmentDelegate implements JavaDelegate {

  private final StockReservationService service;

  public RequestReplenishmentDelegate(StockReservationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.requestReplenishment(ShipmentProcess.ORDER_NUMBER.require(execution));
  }
}
