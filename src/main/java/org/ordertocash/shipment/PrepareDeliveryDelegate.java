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
    DeliveryFacts facts = deliveries.facts(DeliveryProcess.SHIPMENT_NUMBER.require(execution));
    DeliveryProcess.PROMISED_DELIVERY_AT.set(execution, facts.promisedDeliveryAt());
    DeliveryProcess.PROMISED_DELIVERY_DATE.set(execution, facts.promisedDeliveryDate());
    DeliveryProcess.CARRIER.set(execution, facts.carrier());
    DeliveryProcess.TRACKING_NUMBER.set(execution, facts.trackingNumber());
    DeliveryProcess.OUTCOME_KNOWN.set(execution, facts.outcome() != null);
    if (facts.outcome() != null) {
      DeliveryProcess.DELIVERY_OUTCOME.set(execution, facts.outcome());
    }
  }
}
