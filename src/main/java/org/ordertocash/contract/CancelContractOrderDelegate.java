package org.ordertocash.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Sales cancels after expiry: the contract is void and the order cancelled (the customer is told). */
@Component
public class CancelContractOrderDelegate implements JavaDelegate {

  private final ContractService contracts;

  public CancelContractOrderDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ContractSigningProcess.CONTRACT_NUMBER.require(execution);
    String actor = Actor.orSystem(ContractSigningProcess.DECIDED_BY.get(execution));
    contracts.cancel(number, actor, ContractSigningProcess.EXPIRED_NOTE.get(execution));
    ContractSigningProcess.CONTRACT_OUTCOME.set(execution, "CANCELLED");
  }
}
