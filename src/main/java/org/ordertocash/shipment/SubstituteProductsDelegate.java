package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ordertocash.order.OrderLifecycle;

/** Short lines ship a substitute product (substitutions: "line=SKU, ..."). */
@Component
public class SubstituteProductsDelegate implements JavaDelegate {

  private final OrderLifecycle service;

  public SubstituteProductsDelegate(OrderLifecycle service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String by = ShipmentProcess.SHORTAGE_DECIDED_BY.get(execution);
    String actor = by == null ? ProcessVars.actor(execution) : by;
    ShortageDecision.substitutions(ShipmentProcess.SUBSTITUTIONS.get(execution)).forEach((line, sku) ->
        service.substituteProduct(ShipmentProcess.ORDER_NUMBER.require(execution), line, sku, actor, "Substitute for a stock shortage"));
  }
}
