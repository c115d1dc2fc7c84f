package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Kept for orders still running on a shipment version deployed before ADR 0010, whose shortage
 * cancellation compensates its reservations with {@code ${releaseReservationsDelegate}}: releases
 * what the order holds (the cancellation that follows releases nothing more). The current model
 * does not use it; remove it once no instance of those versions runs (Cockpit, shipment versions).
 */
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
