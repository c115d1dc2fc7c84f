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
    Object date = DeliveryProcess.NEW_EXPECTED_DATE.get(execution);
    LocalDate newDate = date == null || date.toString().isBlank() ? null : LocalDate.parse(date.toString());
    String next = deliveries.recordLateHandling(DeliveryProcess.SHIPMENT_NUMBER.require(execution),
        DeliveryProcess.CARRIER_CONTACTED.is(execution, true), newDate,
        (String) DeliveryProcess.LATE_DELIVERY_NOTE.get(execution),
        Actor.orSystem(DeliveryProcess.LATE_DELIVERY_HANDLED_BY.get(execution)));
    DeliveryProcess.NEW_DATE_AGREED.set(execution, next != null);
    if (next != null) {
      DeliveryProcess.PROMISED_DELIVERY_AT.set(execution, next);
    }
  }
}
