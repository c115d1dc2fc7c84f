package org.ordertocash.returns;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.EnumInput;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/** On completing "Receive and inspect returned goods": a condition, a disposition, and notes within bounds. */
@Component
public class ReturnInspectionCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!EnumInput.isOneOf(GoodsCondition.class, ReturnProcess.GOODS_CONDITION.get(task))) {
      throw TaskRefusal.of("goodsCondition", "Choose the condition the goods arrived in");
    }
    if (!EnumInput.isOneOf(Disposition.class, ReturnProcess.DISPOSITION.get(task))) {
      throw TaskRefusal.of("disposition", "Choose what happens to the goods: restock, scrap, repair or return to the supplier");
    }
    String notes = ReturnStep.text(ReturnProcess.INSPECTION_NOTES.get(task));
    if (notes != null && notes.length() > ReturnIntake.MAX_NOTES) {
      throw TaskRefusal.of("inspectionNotes", "The notes can be at most " + ReturnIntake.MAX_NOTES + " characters");
    }
  }
}
