package org.ordertocash.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Completing the planning task records the plan on the shipment (ship date not in the past,
 * carrier and service for carrier shipments, packages and weight positive) and sets the promised
 * delivery date; a plan that does not hold is refused and the task stays open.
 */
@Component
public class ShipmentPlanCheck implements TaskListener {

  private final ShipmentService shipments;

  public ShipmentPlanCheck(ShipmentService shipments) {
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
      throw TaskRefusal.of(e.getField(), e.getMessage());
    }
  }

  private static ShippingMethod method(DelegateTask task) {
    Object value = ShipmentProcess.SHIPPING_METHOD.get(task);
    try {
      return value == null ? null : ShippingMethod.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      throw TaskRefusal.of("shippingMethod", "Unknown shipping method " + value);
    }
  }

  private static LocalDate date(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    try {
      if (value instanceof Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      }
      return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().substring(0, 10));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw TaskRefusal.of(name, "'" + value + "' is not a date (yyyy-mm-dd)");
    }
  }

  private static Integer integer(DelegateTask task, String name) {
    BigDecimal value = decimal(task, name);
    if (value != null && value.stripTrailingZeros().scale() > 0) {
      throw TaskRefusal.of(name, "must be a whole number");
    }
    return value == null ? null : value.intValue();
  }

  private static BigDecimal decimal(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    try {
      return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      throw TaskRefusal.of(name, "'" + value + "' is not a number");
    }
  }
}
