package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The shipment is past its expected date: tells the customer, gives customer service the history. */
@Component
public class NotifyLateDeliveryDelegate implements JavaDelegate {

  private final DeliveryService deliveries;

  public NotifyLateDeliveryDelegate(DeliveryService deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String history = deliveries.notifyLate(DeliveryProcess.SHIPMENT_NUMBER.require(execution),
        DeliveryProcess.PROMISED_DELIVERY_AT.get(execution));
    DeliveryProcess.TRACKING_HISTORY.set(execution, history);
  }
}
