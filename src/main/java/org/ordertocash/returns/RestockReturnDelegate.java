package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.actor;
import static org.ordertocash.returns.ReturnStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Restocked goods go back on hand in the returns warehouse (save point: it touches stock). */
@Component
public class RestockReturnDelegate implements JavaDelegate {

  private final ReturnService returns;

  public RestockReturnDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.restock(number(execution), actor(execution));
  }
}
