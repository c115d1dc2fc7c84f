package org.ordertocash.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The signature deadline passed: the contract is EXPIRED. */
@Component
public class ExpireContractDelegate implements JavaDelegate {

  private final ContractService contracts;

  public ExpireContractDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ContractSigningProcess.CONTRACT_NUMBER.require(execution);
    contracts.expire(number);
  }
}
