package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ordertocash.identity.Actor;

/** Who a shipment step acts for; the process's variables are in {@link ShipmentProcess}. */
final class ProcessVars {

  private ProcessVars() {}

  static String actor(DelegateExecution execution) {
    return Actor.current(execution.getProcessEngineServices().getIdentityService());
  }
}
