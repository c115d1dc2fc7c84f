package org.ordertocash.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Signed by the customer: the order takes over the contract terms (CONTRACT_SIGNED). */
@Component
public class ApplyContractTermsDelegate implements JavaDelegate {

  private final ContractService contracts;

  public ApplyContractTermsDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ContractSigningProcess.CONTRACT_NUMBER.require(execution);
    String actor = Actor.current(execution.getProcessEngineServices().getIdentityService());
    String recordedBy = ContractSigningProcess.SIGNATURE_RECORDED_BY.get(execution);
    contracts.applyTerms(number, recordedBy != null ? recordedBy : actor);
    ContractSigningProcess.CONTRACT_OUTCOME.set(execution, "SIGNED");
  }
}
