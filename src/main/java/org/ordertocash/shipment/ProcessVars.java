package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.ordertocash.identity.Actor;

/** The few variables the shipment process's delegates and listeners read. */
final class ProcessVars {

  private ProcessVars() {}

  static String actor(DelegateExecution execution) {
    return Actor.current(execution.getProcessEngineServices().getIdentityService());
  }

  static String orderNumber(VariableScope scope) {
    return (String) scope.getVariable("orderNumber");
  }

  static String shipmentNumber(VariableScope scope) {
    return (String) scope.getVariable("shipmentNumber");
  }
}
