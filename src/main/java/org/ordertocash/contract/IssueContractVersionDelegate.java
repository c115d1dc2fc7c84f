package org.ordertocash.contract;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Issues a contract version (PDF) from the drafted or amended terms and sets the risk decision's inputs. */
@Component
public class IssueContractVersionDelegate implements JavaDelegate {

  private final ContractService contracts;

  public IssueContractVersionDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ContractSigningProcess.CONTRACT_NUMBER.require(execution);
    String actor = Actor.orSystem(ContractSigningProcess.DECIDED_BY.get(execution));
    ContractVersion version = contracts.issueVersion(number, ContractVariables.terms(execution),
        changeNote(execution), requestedBy(execution), repeated(execution), actor);
    ContractSigningProcess.CONTRACT_VERSION.set(execution, version.getVersionNo());
    execution.setVariables(contracts.riskInputs(number));
  }

  /** "Drafted" for the first version, else the amendment note. */
  private static String changeNote(DelegateExecution execution) {
    String note = ContractVariables.blankToNull(ContractSigningProcess.AMENDMENT_NOTE.get(execution));
    return note == null || !execution.hasVariable(ContractSigningProcess.AMENDMENT_SCOPE.name()) ? "Drafted" : note;
  }

  /** The reviews (or the signatory) that asked for this amendment, as they decided just before. */
  private static String requestedBy(DelegateExecution execution) {
    List<String> by = new ArrayList<>();
    if ("amend".equals(ContractSigningProcess.LEGAL_DECISION.get(execution))) by.add("legal");
    if ("amend".equals(ContractSigningProcess.RISK_DECISION.get(execution))) by.add("finance");
    if ("amend".equals(ContractSigningProcess.SIGN_OFF_DECISION.get(execution))) by.add("sales-manager sign-off");
    if ("amend".equals(ContractSigningProcess.INTERNAL_SIGNATURE_DECISION.get(execution))) by.add("signatory");
    return by.isEmpty() ? null : String.join(", ", by);
  }

  /** The reviews this version goes through (all for a draft, those the amendment affects after). */
  private static String repeated(DelegateExecution execution) {
    List<String> reviews = new ArrayList<>();
    if (ContractSigningProcess.LEGAL_REVIEW_NEEDED.is(execution, true)) reviews.add("LEGAL");
    if (ContractSigningProcess.RISK_REVIEW_NEEDED.is(execution, true)) reviews.add("RISK");
    if (ContractSigningProcess.SIGN_OFF_NEEDED.is(execution, true)) reviews.add("SIGN_OFF if HIGH");
    return String.join(", ", reviews);
  }
}
