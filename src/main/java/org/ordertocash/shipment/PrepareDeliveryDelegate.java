package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.shipment.DeliveryService.DeliveryFacts;
import org.springframework.stereotype.Component;

/**
 * First step of a delivery: sets when the shipment is late ({@code promisedDeliveryAt}), the
 * carrier details for the forms and, if a final event came before the process, {@code deliveryOutcome}.
 */
@Component
public class PrepareDeliveryDelegate implements JavaDelegate {

  private final DeliveryService deliveries;

  public PrepareDeliveryDelegate(DeliveryService deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeliveryFacts facts = deliveries.facts((String) execution.getVariable("shipmentNumber"));
    execution.setVariable("promisedDeliveryAt", facts.promisedDeliveryAt());
    execution.setVariable("promisedDeliveryDate", facts.promisedDeliveryDate());
    execution.setVariable("carrier", facts.carrier());
    execution.setVariable("trackingNumber", facts.trackingNumber());
    execution.setVariable("outcomeKnown", facts.outcome() != null);
    if (facts.outcome() != null) {
      execution.setVariable("deliveryOutcome", facts.outcome());
    }
  }
}
