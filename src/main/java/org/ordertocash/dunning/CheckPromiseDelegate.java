package org.ordertocash.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The promised date is over: was the promise kept? */
@Component
public class CheckPromiseDelegate implements JavaDelegate {

  private final Promises promises;

  public CheckPromiseDelegate(Promises promises) {
    this.promises = promises;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DunningProcess.PROMISE_KEPT.set(execution, promises.check(DunningProcess.PROMISE_ID.require(execution)));
  }
}
