package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.number;
import static org.ordertocash.returns.ReturnStep.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Rejected by the policy or by customer service: recorded, and the customer is told why (save point). */
@Component
public class RejectReturnDelegate implements JavaDelegate {

  private final ReturnService returns;

  public RejectReturnDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.reject(number(execution), ReturnProcess.DECIDED_BY.get(execution), text(ReturnProcess.RETURN_DECISION_NOTE.get(execution)));
  }
}
