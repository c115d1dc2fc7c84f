package org.ordertocash.customer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Both approved: the requested limit applies. */
@Component
public class RaiseCreditLimitDelegate implements JavaDelegate {

  private final CreditLimitRequests requests;

  public RaiseCreditLimitDelegate(CreditLimitRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.approve(CreditLimitProcess.REQUEST_NUMBER.require(execution),
        CreditLimitProcess.MANAGER_DECIDED_BY.require(execution));
  }
}
