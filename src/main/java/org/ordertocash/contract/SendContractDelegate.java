package org.ordertocash.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Signed internally: sends the contract with its PDF to the customer through the outbox. */
@Component
public class SendContractDelegate implements JavaDelegate {

  private final ContractService contracts;

  public SendContractDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(ContractVariables.CONTRACT_NUMBER);
    String actor = Actor.current(execution.getProcessEngineServices().getIdentityService());
    Object signatory = execution.getVariable("internalSignatory");
    contracts.sendForSignature(number, signatory != null ? signatory.toString() : actor);
  }
}
