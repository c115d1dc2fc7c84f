package org.ordertocash.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the contract-risk decision's level, score and reasons on the contract. */
@Component
public class RecordContractRiskDelegate implements JavaDelegate {

  private final ContractService contracts;

  public RecordContractRiskDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ContractSigningProcess.CONTRACT_NUMBER.require(execution);
    contracts.recordRisk(number, ContractSigningProcess.RISK_LEVEL.require(execution),
        ContractSigningProcess.RISK_SCORE.require(execution).intValue(), ContractSigningProcess.RISK_REASONS.get(execution));
  }
}
