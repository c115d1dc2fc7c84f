package org.ordertocash.customer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refused by finance or by the sales manager: the limit stays, the request says who refused and why. */
@Component
public class RefuseCreditLimitDelegate implements JavaDelegate {

  private final CreditLimitRequests requests;

  public RefuseCreditLimitDelegate(CreditLimitRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean byManager = CreditLimitProcess.MANAGER_DECISION.get(execution) != null;
    String by = byManager ? CreditLimitProcess.MANAGER_DECIDED_BY.require(execution)
        : CreditLimitProcess.FINANCE_DECIDED_BY.require(execution);
    String note = byManager ? CreditLimitProcess.MANAGER_NOTE.get(execution) : CreditLimitProcess.FINANCE_NOTE.get(execution);
    requests.refuse(CreditLimitProcess.REQUEST_NUMBER.require(execution), by, note);
  }
}
