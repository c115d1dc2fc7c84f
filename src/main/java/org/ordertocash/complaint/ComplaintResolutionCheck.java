package org.ordertocash.complaint;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.EnumInput;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * On completing "Resolve complaint": a root cause, the action taken, the resolution the customer
 * reads and a remedy; a return, credit or replacement needs the complaint to name order lines, a
 * credit a price reduction per unit.
 */
@Component
public class ComplaintResolutionCheck implements TaskListener {

  private final ComplaintService complaints;

  public ComplaintResolutionCheck(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EnumInput.isOneOf(RootCause.class, ComplaintProcess.ROOT_CAUSE.get(task))) {
      throw TaskRefusal.of("rootCause", "Choose the root cause you found");
    }
    requireText(ComplaintProcess.ACTION_TAKEN.get(task), "actionTaken", "Say what was done about it");
    requireText(ComplaintProcess.RESOLUTION.get(task), "resolution", "Write the resolution the customer reads");
    Object remedy = ComplaintProcess.REMEDY.get(task);
    if (!EnumInput.isOneOf(Remedy.class, remedy)) {
      throw TaskRefusal.of("remedy", "Choose how the complaint is put right (or that the answer is enough)");
    }
    if (!"NONE".equals(remedy) && !complaints.namesGoods(ComplaintProcess.COMPLAINT_NUMBER.get(task))) {
      throw TaskRefusal.of("remedy", "This complaint names no order lines, so nothing can be returned, credited or replaced;"
          + " choose that the answer is enough, or take a new complaint naming the goods");
    }
    if ("CREDIT_NOTE".equals(remedy)) {
      requireCredit(ComplaintProcess.CREDIT_PER_UNIT.get(task));
    }
  }

  private static void requireCredit(Object value) {
    BigDecimal perUnit;
    try {
      perUnit = value == null ? null : new BigDecimal(value.toString());
    } catch (NumberFormatException notANumber) {
      perUnit = null;
    }
    if (perUnit == null || perUnit.signum() <= 0 || perUnit.stripTrailingZeros().scale() > 2) {
      throw TaskRefusal.of("creditPerUnit", "Enter the price reduction per unit: above zero, at most two decimals");
    }
  }

  private static void requireText(Object value, String field, String message) {
    if (value == null || value.toString().isBlank() || value.toString().length() > ComplaintIntake.MAX_TEXT) {
      throw TaskRefusal.of(field, message + " (at most " + ComplaintIntake.MAX_TEXT + " characters)");
    }
  }
}
