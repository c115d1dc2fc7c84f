package org.ordertocash.shipment;

import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.identity.Actor;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Completing the shortage decision: a known decision; substitutes (line=SKU) that exist for lines
 * of the order; a reason for cancelling. Records who decided ({@code shortageDecidedBy}).
 */
@Component
public class ShortageDecisionCheck implements TaskListener {

  private final ShipmentService shipments;

  public ShortageDecisionCheck(ShipmentService shipments) {
    this.shipments = shipments;
  }

  @Override
  public void notify(DelegateTask task) {
    Object value = ShipmentProcess.SHORTAGE_DECISION.get(task);
    ShortageDecision decision = Arrays.stream(ShortageDecision.values())
        .filter(d -> d.name().equals(value)).findFirst()
        .orElseThrow(() -> TaskRefusal.of("shortageDecision",
            "Choose one of " + Arrays.toString(ShortageDecision.values())));
    if (decision == ShortageDecision.SUBSTITUTE) {
      try {
        Map<Integer, String> substitutes = ShortageDecision.substitutions((String) task.getVariable(ShipmentProcess.SUBSTITUTIONS.name()));
        shipments.checkSubstitutes(ShipmentProcess.ORDER_NUMBER.require(task), substitutes);
      } catch (IllegalArgumentException | ClassCastException e) {
        throw TaskRefusal.of("substitutions", e.getMessage());
      }
    }
    Object note = ShipmentProcess.SHORTAGE_NOTE.get(task);
    if (decision == ShortageDecision.CANCEL && (note == null || note.toString().isBlank())) {
      throw TaskRefusal.of("shortageNote", "Say why the order is cancelled; the customer is told");
    }
    ShipmentProcess.SHORTAGE_DECIDED_BY.set(task, Actor.current(task.getProcessEngineServices().getIdentityService()));
  }
}
