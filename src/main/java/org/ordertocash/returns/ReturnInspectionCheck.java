package org.ordertocash.returns;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.EnumInput;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/** On completing "Receive and inspect returned goods": a condition, a disposition, and notes within bounds. */
@Component
public class ReturnInspectionCheck implements TaskListener {

  private final TaskRefusals refusals;

  public ReturnInspectionCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EnumInput.isOneOf(GoodsCondition.class, ReturnProcess.GOODS_CONDITION.get(task))) {
      throw refusals.of("goodsCondition", "goodsCondition");
    }
    if (!EnumInput.isOneOf(Disposition.class, ReturnProcess.DISPOSITION.get(task))) {
      throw refusals.of("disposition", "disposition");
    }
    String notes = ReturnStep.text(ReturnProcess.INSPECTION_NOTES.get(task));
    if (notes != null && notes.length() > ReturnIntake.MAX_NOTES) {
      throw refusals.of("inspectionNotes", "tooLong", ReturnIntake.MAX_NOTES);
    }
  }
}
