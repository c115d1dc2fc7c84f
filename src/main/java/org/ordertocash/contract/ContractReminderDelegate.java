package org.ordertocash.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the customer to sign (one message per reminder number). */
@Component
public class ContractReminderDelegate implements JavaDelegate {

  private final ContractService contracts;

  public ContractReminderDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ContractSigningProcess.CONTRACT_NUMBER.require(execution);
    ContractSigningProcess.REMINDERS_SENT.set(execution, contracts.remind(number));
  }
}
