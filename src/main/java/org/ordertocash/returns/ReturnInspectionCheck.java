package org.ordertocash.returns;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/** On completing "Receive and inspect returned goods": a condition, a disposition, and notes within bounds. */
@Component
public class ReturnInspectionCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!isOneOf(GoodsCondition.class, ReturnProcess.GOODS_CONDITION.get(task))) {
      throw TaskRefusal.of("goodsCondition", "Choose the condition the goods arrived in");
    }
    if (!isOneOf(Disposition.class, ReturnProcess.DISPOSITION.get(task))) {
      throw TaskRefusal.of("disposition", "Choose what happens to the goods: restock, scrap, repair or return to the supplier");
    }
    String notes = ReturnStep.text(ReturnProcess.INSPECTION_NOTES.get(task));
    if (notes != null && notes.length() > ReturnIntake.MAX_NOTES) {
      throw TaskRefusal.of("inspectionNotes", "The notes can be at most " + ReturnIntake.MAX_NOTES + " characters");
    }
  }

  private static <E extends Enum<E>> boolean isOneOf(Class<E> type, Object value) {
    return value != null && Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
  }
}
