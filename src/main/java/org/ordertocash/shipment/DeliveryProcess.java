package org.ordertocash.shipment;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/** The contract of bpmn/delivery.bpmn: one shipment on its way, from hand-over to the carrier's final word. */
public final class DeliveryProcess {

  public static final String KEY = "delivery";

  public static final ProcessVariable<String> SHIPMENT_NUMBER = ProcessVariable.of("shipmentNumber", String.class);
  /** DELIVERED, LOST or DAMAGED once the carrier said so. */
  public static final ProcessVariable<String> DELIVERY_OUTCOME = ProcessVariable.of("deliveryOutcome", String.class);
  public static final ProcessVariable<Boolean> OUTCOME_KNOWN = ProcessVariable.of("outcomeKnown", Boolean.class);
  /** ISO date-time the late-delivery timer waits for. */
  public static final ProcessVariable<String> PROMISED_DELIVERY_AT = ProcessVariable.of("promisedDeliveryAt", String.class);
  public static final ProcessVariable<String> PROMISED_DELIVERY_DATE =
      ProcessVariable.of("promisedDeliveryDate", String.class);
  public static final ProcessVariable<String> CARRIER = ProcessVariable.of("carrier", String.class);
  public static final ProcessVariable<String> TRACKING_NUMBER = ProcessVariable.of("trackingNumber", String.class);
  public static final ProcessVariable<String> TRACKING_HISTORY = ProcessVariable.of("trackingHistory", String.class);
  // "Handle late delivery" form, read raw by LateDeliveryCheck
  public static final ProcessVariable<Object> NEW_EXPECTED_DATE = ProcessVariable.of("newExpectedDate", Object.class);
  public static final ProcessVariable<Boolean> CARRIER_CONTACTED = ProcessVariable.of("carrierContacted", Boolean.class);
  public static final ProcessVariable<Object> LATE_DELIVERY_NOTE = ProcessVariable.of("lateDeliveryNote", Object.class);
  /** Who completed "Handle late delivery" (its output mapping); the recording job acts for them. */
  public static final ProcessVariable<String> LATE_DELIVERY_HANDLED_BY =
      ProcessVariable.of("lateDeliveryHandledBy", String.class);
  public static final ProcessVariable<Boolean> NEW_DATE_AGREED = ProcessVariable.of("newDateAgreed", Boolean.class);
  /** Set by the claim module's "Open carrier claim" step. */
  public static final ProcessVariable<String> CLAIM_NUMBER = ProcessVariable.of("claimNumber", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY, Set.of(), Set.of(DeliveryProcesses.OUTCOME_MESSAGE), Set.of(), List.of(
      SHIPMENT_NUMBER, DELIVERY_OUTCOME, OUTCOME_KNOWN, PROMISED_DELIVERY_AT, PROMISED_DELIVERY_DATE, CARRIER,
      TRACKING_NUMBER, TRACKING_HISTORY, NEW_EXPECTED_DATE, CARRIER_CONTACTED, LATE_DELIVERY_NOTE, NEW_DATE_AGREED,
      LATE_DELIVERY_HANDLED_BY, CLAIM_NUMBER), Set.of(CLAIM_NUMBER))
      .withSavePoints("Task_NotifyCustomerOfDelay", "Task_RecordLateDeliveryHandling", "Task_OpenCarrierClaim");

  private DeliveryProcess() {}
}
