package org.ordertocash.complaint;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.EnumInput;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * On completing "Resolve complaint": a root cause, the action taken, the resolution the customer
 * reads and a remedy; a return, credit or replacement needs the complaint to name order lines, a
 * credit a price reduction per unit.
 */
@Component
public class ComplaintResolutionCheck implements TaskListener {

  private final ComplaintService complaints;

  private final TaskRefusals refusals;

  public ComplaintResolutionCheck(ComplaintService complaints, TaskRefusals refusals) {
    this.refusals = refusals;
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EnumInput.isOneOf(RootCause.class, ComplaintProcess.ROOT_CAUSE.get(task))) {
      throw refusals.of("rootCause", "rootCause");
    }
    requireText(ComplaintProcess.ACTION_TAKEN.get(task), "actionTaken", "actionTaken");
    requireText(ComplaintProcess.RESOLUTION.get(task), "resolution", "resolution");
    Object remedy = ComplaintProcess.REMEDY.get(task);
    if (!EnumInput.isOneOf(Remedy.class, remedy)) {
      throw refusals.of("remedy", "remedy");
    }
    if (!"NONE".equals(remedy) && !complaints.namesGoods(ComplaintProcess.COMPLAINT_NUMBER.get(task))) {
      throw refusals.of("remedy", "remedyWithoutGoods");
    }
    if ("CREDIT_NOTE".equals(remedy)) {
      requireCredit(ComplaintProcess.CREDIT_PER_UNIT.get(task));
    }
  }

  private void requireCredit(Object value) {
    BigDecimal perUnit;
    try {
      perUnit = value == null ? null : new BigDecimal(value.toString());
    } catch (NumberFormatException notANumber) {
      perUnit = null;
    }
    if (perUnit == null || perUnit.signum() <= 0 || perUnit.stripTrailingZeros().scale() > 2) {
      throw refusals.of("creditPerUnit", "creditPerUnit");
    }
  }

  private void requireText(Object value, String field, String key) {
    if (value == null || value.toString().isBlank() || value.toString().length() > ComplaintIntake.MAX_TEXT) {
      throw refusals.of(field, key, ComplaintIntake.MAX_TEXT);
    }
  }
}
