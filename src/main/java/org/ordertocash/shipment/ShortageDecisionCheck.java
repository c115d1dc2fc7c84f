package org.ordertocash.shipment;

import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.identity.Actor;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Completing the shortage decision: a known decision; substitutes (line=SKU) that exist for lines
 * of the order; a reason for cancelling. Records who decided ({@code shortageDecidedBy}).
 */
@Component
public class ShortageDecisionCheck implements TaskListener {

  private final ShipmentService shipments;

  private final TaskRefusals refusals;

  public ShortageDecisionCheck(ShipmentService shipments, TaskRefusals refusals) {
    this.refusals = refusals;
    this.shipments = shipments;
  }

  @Override
  public void notify(DelegateTask task) {
    Object value = ShipmentProcess.SHORTAGE_DECISION.get(task);
    ShortageDecision decision = Arrays.stream(ShortageDecision.values())
        .filter(d -> d.name().equals(value)).findFirst()
        .orElseThrow(() -> refusals.of("shortageDecision", "shortageDecision"));
    if (decision == ShortageDecision.SUBSTITUTE) {
      try {
        Map<Integer, String> substitutes = ShortageDecision.substitutions((String) task.getVariable(ShipmentProcess.SUBSTITUTIONS.name()));
        shipments.checkSubstitutes(ShipmentProcess.ORDER_NUMBER.require(task), substitutes);
      } catch (IllegalArgumentException | ClassCastException e) {
        throw refusals.passOn("substitutions", e.getMessage());
      }
    }
    Object note = ShipmentProcess.SHORTAGE_NOTE.get(task);
    if (decision == ShortageDecision.CANCEL && (note == null || note.toString().isBlank())) {
      throw refusals.of("shortageNote", "cancelReason");
    }
    ShipmentProcess.SHORTAGE_DECIDED_BY.set(task, Actor.current(task.getProcessEngineServices().getIdentityService()));
  }
}
