package org.ordertocash.shipment;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/shipment.bpmn: reserving an order's stock, deciding on shortages, and one
 * multi-instance branch per shipment. Form inputs that the task checks parse themselves are
 * declared as {@code Object}.
 */
public final class ShipmentProcess {

  public static final String KEY = "shipment";

  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);
  // reservation and shortage: transient (ADR 0023), read by the gateway after Reserve stock and
  // mapped into Decide on stock shortage
  public static final ProcessVariable<Boolean> STOCK_SHORT = ProcessVariable.of("stockShort", Boolean.class);
  public static final ProcessVariable<String> SHORTAGE_SUMMARY = ProcessVariable.of("shortageSummary", String.class);
  public static final ProcessVariable<String> SHORTAGE_PROPOSAL = ProcessVariable.of("shortageProposal", String.class);
  public static final ProcessVariable<Object> SHORTAGE_DECISION = ProcessVariable.of("shortageDecision", Object.class);
  public static final ProcessVariable<String> SUBSTITUTIONS = ProcessVariable.of("substitutions", String.class);
  public static final ProcessVariable<Object> SHORTAGE_NOTE = ProcessVariable.of("shortageNote", Object.class);
  /** Who decided on the shortage, recorded when the task is completed, for the steps after it. */
  public static final ProcessVariable<String> SHORTAGE_DECIDED_BY = ProcessVariable.of("shortageDecidedBy", String.class);
  // shipments
  public static final ProcessVariable<Object> SHIPMENT_NUMBERS = ProcessVariable.of("shipmentNumbers", Object.class);
  public static final ProcessVariable<String> SHIPMENT_NUMBER = ProcessVariable.of("shipmentNumber", String.class);
  public static final ProcessVariable<Boolean> SHIPMENT_READY = ProcessVariable.of("shipmentReady", Boolean.class);
  // "Plan shipment" form
  public static final ProcessVariable<Object> PLANNED_SHIP_DATE = ProcessVariable.of("plannedShipDate", Object.class);
  public static final ProcessVariable<Object> SHIPPING_METHOD = ProcessVariable.of("shippingMethod", Object.class);
  public static final ProcessVariable<String> CARRIER = ProcessVariable.of("carrier", String.class);
  public static final ProcessVariable<String> CARRIER_SERVICE = ProcessVariable.of("carrierService", String.class);
  public static final ProcessVariable<Object> PACKAGES = ProcessVariable.of("packages", Object.class);
  public static final ProcessVariable<Object> WEIGHT_KG = ProcessVariable.of("weightKg", Object.class);
  public static final ProcessVariable<String> PROMISED_DELIVERY_DATE =
      ProcessVariable.of("promisedDeliveryDate", String.class);
  // "Pick, pack and ship" form
  public static final ProcessVariable<Object> TRACKING_NUMBER = ProcessVariable.of("trackingNumber", Object.class);
  /** Who shipped, recorded when the task is completed, for the delivery note step (a job). */
  public static final ProcessVariable<String> SHIPPED_BY = ProcessVariable.of("shippedBy", String.class);
  // the delivery's outcome and a replacement
  public static final ProcessVariable<String> DELIVERY_OUTCOME = ProcessVariable.of("deliveryOutcome", String.class);
  public static final ProcessVariable<String> REPLACED_SHIPMENT = ProcessVariable.of("replacedShipment", String.class);
  /** Set when the process ships goods for a return (started by AfterSalesShipmentRequested), not an order. */
  public static final ProcessVariable<String> AFTER_SALES_REFERENCE = ProcessVariable.of("afterSalesReference", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY, Set.of(), Set.of(AfterSalesShipments.REQUESTED_MESSAGE), Set.of(), List.of(
      ORDER_NUMBER, STOCK_SHORT, SHORTAGE_SUMMARY, SHORTAGE_PROPOSAL, SHORTAGE_DECISION, SUBSTITUTIONS, SHORTAGE_NOTE,
      SHORTAGE_DECIDED_BY, SHIPMENT_NUMBERS, SHIPMENT_NUMBER, SHIPMENT_READY, PLANNED_SHIP_DATE, SHIPPING_METHOD,
      CARRIER, CARRIER_SERVICE, PACKAGES, WEIGHT_KG, PROMISED_DELIVERY_DATE, TRACKING_NUMBER, SHIPPED_BY,
      DELIVERY_OUTCOME, REPLACED_SHIPMENT, AFTER_SALES_REFERENCE), Set.of(SHORTAGE_DECIDED_BY))
      .withSavePoints("Task_ReserveStock", "Task_ReserveShipmentStock", "Task_ShipShipment", "Task_CancelOrder");

  private ShipmentProcess() {}
}
