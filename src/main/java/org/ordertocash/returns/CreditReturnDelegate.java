package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.actor;
import static org.ordertocash.returns.ReturnStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Credits the returned goods (save point); refundOwed tells whether the customer had paid them, refundText how much. */
@Component
public class CreditReturnDelegate implements JavaDelegate {

  private final ReturnService returns;

  public CreditReturnDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean owed = returns.credit(number(execution), actor(execution)).signum() > 0;
    ReturnProcess.REFUND_OWED.set(execution, owed);
    ReturnProcess.REFUND_TEXT.set(execution, owed ? returns.refundText(number(execution)) : null);
  }
}
