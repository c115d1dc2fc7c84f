package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ordertocash.config.ProcessVariable;
import org.ordertocash.identity.Actor;

/** Who a shipment step acts for; the process's variables are in {@link ShipmentProcess}. */
final class ProcessVars {

  private ProcessVars() {}

  /** The user a task recorded in {@code variable} on completion, else "system". */
  static String actingFor(DelegateExecution execution, ProcessVariable<String> variable) {
    return Actor.orSystem(variable.get(execution));
  }

  static String actor(DelegateExecution execution) {
    return Actor.current(execution.getProcessEngineServices().getIdentityService());
  }
}
