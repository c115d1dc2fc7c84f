package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nothing arrived in time: the RMA is closed and the customer told (save point). */
@Component
public class CloseRmaDelegate implements JavaDelegate {

  private final ReturnService returns;

  public CloseRmaDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.expire(number(execution));
  }
}
