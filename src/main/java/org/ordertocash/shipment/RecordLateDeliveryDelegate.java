package org.ordertocash.shipment;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Records how customer service handled a late delivery. With a new expected date it becomes the
 * next timer date ({@code promisedDeliveryAt}) and {@code newDateAgreed} is true.
 */
@Component
public class RecordLateDeliveryDelegate implements JavaDelegate {

  private final DeliveryService deliveries;

  public RecordLateDeliveryDelegate(DeliveryService deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object date = execution.getVariable("newExpectedDate");
    LocalDate newDate = date == null || date.toString().isBlank() ? null : LocalDate.parse(date.toString());
    String next = deliveries.recordLateHandling((String) execution.getVariable("shipmentNumber"),
        Boolean.TRUE.equals(execution.getVariable("carrierContacted")), newDate,
        (String) execution.getVariable("lateDeliveryNote"),
        Actor.current(execution.getProcessEngineServices().getIdentityService()));
    execution.setVariable("newDateAgreed", next != null);
    if (next != null) {
      execution.setVariable("promisedDeliveryAt", next);
    }
  }
}
