package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Compensation of the reservation: releases what the order holds, cancels unshipped shipments. */
@Component
public class ReleaseReservationsDelegate implements JavaDelegate {

  private final ShipmentService service;

  public ReleaseReservationsDelegate(ShipmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.cancelOrder(ShipmentProcess.ORDER_NUMBER.require(execution));
  }
}
