package org.ordertocash.shipment;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Component;

/** Messages the delivery process of a shipment (process {@code delivery}, business key = order number). */
@Component
public class DeliveryProcesses {

  public static final String PROCESS_KEY = "delivery";
  public static final String OUTCOME_MESSAGE = "Message_ShipmentOutcome";

  private final RuntimeService runtimeService;
  private final AsSystem asSystem;

  public DeliveryProcesses(RuntimeService runtimeService, AsSystem asSystem) {
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
  }

  /**
   * Tells the shipment's waiting delivery process its outcome (DELIVERED, LOST or DAMAGED). Without
   * a waiting process (already ended, or not yet started: it then reads the final status from the
   * shipment) nothing happens, so reporting twice is harmless. Returns how many instances took it.
   */
  public int reportOutcome(String orderNumber, String shipmentNumber, TrackingEventType outcome) {
    return asSystem.call(() -> runtimeService.createMessageCorrelation(OUTCOME_MESSAGE)
        .processInstanceBusinessKey(orderNumber)
        .processInstanceVariableEquals("shipmentNumber", shipmentNumber)
        .setVariable(DeliveryProcess.DELIVERY_OUTCOME.name(), outcome.name())
        .correlateAllWithResult()
        .size());
  }
}
