package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.identity.Actor;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * The warehouse's checklist: goods picked, packed and labelled, and the carrier's tracking number
 * for carrier shipments. Records who shipped ({@code shippedBy}).
 */
@Component
public class PickPackShipCheck implements TaskListener {

  private final TaskRefusals refusals;

  public PickPackShipCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    for (String step : new String[] {"picked", "packed", "labelled"}) {
      if (!Boolean.TRUE.equals(task.getVariable(step))) {
        throw refusals.of(step, "pickPackShip." + step);
      }
    }
    Object tracking = ShipmentProcess.TRACKING_NUMBER.get(task);
    if ("CARRIER".equals(ShipmentProcess.SHIPPING_METHOD.get(task)) && (tracking == null || tracking.toString().isBlank())) {
      throw refusals.of("trackingNumber", "trackingNumber");
    }
    ShipmentProcess.SHIPPED_BY.set(task, Actor.current(task.getProcessEngineServices().getIdentityService()));
  }
}
