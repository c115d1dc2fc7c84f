package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.actor;
import static org.ordertocash.returns.ReturnStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The exchanged product costs less: the difference is credited (save point: it mails the credit note). */
@Component
public class CreditDifferenceDelegate implements JavaDelegate {

  private final ReturnService returns;

  public CreditDifferenceDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.creditDifference(number(execution), actor(execution));
  }
}
