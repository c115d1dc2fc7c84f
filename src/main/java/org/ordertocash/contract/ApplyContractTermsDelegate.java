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
    String number = (String) execution.getVariable(ContractVariables.CONTRACT_NUMBER);
    String actor = Actor.current(execution.getProcessEngineServices().getIdentityService());
    Object recordedBy = execution.getVariable("signatureRecordedBy");
    contracts.applyTerms(number, recordedBy != null ? recordedBy.toString() : actor);
    execution.setVariable("contractOutcome", "SIGNED");
  }
}
