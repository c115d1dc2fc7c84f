package org.ordertocash.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Opens the order's contract (order IN_CONTRACT) and prefills the draft form with its terms. */
@Component
public class OpenContractDelegate implements JavaDelegate {

  private final ContractService contracts;

  public OpenContractDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contract contract = contracts.open(ContractSigningProcess.ORDER_NUMBER.require(execution),
        Actor.current(execution.getProcessEngineServices().getIdentityService()));
    ContractSigningProcess.CONTRACT_NUMBER.set(execution, contract.getNumber());
    execution.setVariables(ContractVariables.of(contract.terms()));
  }
}
