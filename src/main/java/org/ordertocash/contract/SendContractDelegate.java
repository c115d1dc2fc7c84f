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
    String number = ContractSigningProcess.CONTRACT_NUMBER.require(execution);
    contracts.sendForSignature(number, Actor.orSystem(ContractSigningProcess.INTERNAL_SIGNATORY.get(execution)));
  }
}
