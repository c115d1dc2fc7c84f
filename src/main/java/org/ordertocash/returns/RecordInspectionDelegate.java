package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.number;
import static org.ordertocash.returns.ReturnStep.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The warehouse's inspection (checked by ReturnInspectionCheck) is recorded on the return. */
@Component
public class RecordInspectionDelegate implements JavaDelegate {

  private final ReturnService returns;

  public RecordInspectionDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.inspected(number(execution), GoodsCondition.valueOf(text(ReturnProcess.GOODS_CONDITION.get(execution))),
        text(ReturnProcess.INSPECTION_NOTES.get(execution)),
        Disposition.valueOf(text(ReturnProcess.DISPOSITION.get(execution))), ReturnProcess.INSPECTED_BY.get(execution));
  }
}
