package org.ordertocash.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Completing the planning task records the plan on the shipment (ship date not in the past,
 * carrier and service for carrier shipments, packages and weight positive) and sets the promised
 * delivery date; a plan that does not hold is refused and the task stays open.
 */
@Component
public class ShipmentPlanCheck implements TaskListener {

  private final ShipmentService shipments;

  private final TaskRefusals refusals;

  public ShipmentPlanCheck(ShipmentService shipments, TaskRefusals refusals) {
    this.refusals = refusals;
    this.shipments = shipments;
  }

  @Override
  public void notify(DelegateTask task) {
    ShipmentPlan plan = new ShipmentPlan(date(task, ShipmentProcess.PLANNED_SHIP_DATE.name()), method(task),
        ShipmentProcess.CARRIER.get(task), ShipmentProcess.CARRIER_SERVICE.get(task),
        integer(task, ShipmentProcess.PACKAGES.name()), decimal(task, ShipmentProcess.WEIGHT_KG.name()));
    try {
      LocalDate promised = shipments.plan(ShipmentProcess.SHIPMENT_NUMBER.require(task), plan);
      ShipmentProcess.PROMISED_DELIVERY_DATE.set(task, promised.toString());
    } catch (InvalidShipmentPlan e) {
      throw refusals.passOn(e.getField(), e.getMessage());
    }
  }

  private ShippingMethod method(DelegateTask task) {
    Object value = ShipmentProcess.SHIPPING_METHOD.get(task);
    try {
      return value == null ? null : ShippingMethod.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      throw refusals.of("shippingMethod", "shippingMethod", value);
    }
  }

  private LocalDate date(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    try {
      if (value instanceof Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      }
      return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().substring(0, 10));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw refusals.of(name, "notADate", value);
    }
  }

  private Integer integer(DelegateTask task, String name) {
    BigDecimal value = decimal(task, name);
    if (value != null && value.stripTrailingZeros().scale() > 0) {
      throw refusals.of(name, "wholeNumber");
    }
    return value == null ? null : value.intValue();
  }

  private BigDecimal decimal(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    try {
      return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      throw refusals.of(name, "notANumber", value);
    }
  }
}
