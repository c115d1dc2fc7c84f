package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Settled: the return is closed and the customer told how (save point). */
@Component
public class CloseReturnDelegate implements JavaDelegate {

  private final ReturnService returns;

  public CloseReturnDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.close(number(execution));
  }
}
