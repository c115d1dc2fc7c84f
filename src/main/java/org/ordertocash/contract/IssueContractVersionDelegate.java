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
    String number = (String) execution.getVariable(ContractVariables.CONTRACT_NUMBER);
    String actor = Actor.current(execution.getProcessEngineServices().getIdentityService());
    ContractVersion version = contracts.issueVersion(number, ContractVariables.terms(execution),
        changeNote(execution), requestedBy(execution), repeated(execution), actor);
    execution.setVariable("contractVersion", version.getVersionNo());
    execution.setVariables(contracts.riskInputs(number));
  }

  /** "Drafted" for the first version, else the amendment note. */
  private static String changeNote(DelegateExecution execution) {
    String note = ContractVariables.blankToNull((String) execution.getVariable("amendmentNote"));
    return note == null || !execution.hasVariable("amendmentScope") ? "Drafted" : note;
  }

  /** The reviews (or the signatory) that asked for this amendment, as they decided just before. */
  private static String requestedBy(DelegateExecution execution) {
    List<String> by = new ArrayList<>();
    if ("amend".equals(execution.getVariable("legalDecision"))) by.add("legal");
    if ("amend".equals(execution.getVariable("riskDecision"))) by.add("finance");
    if ("amend".equals(execution.getVariable("signOffDecision"))) by.add("sales-manager sign-off");
    if ("amend".equals(execution.getVariable("internalSignatureDecision"))) by.add("signatory");
    return by.isEmpty() ? null : String.join(", ", by);
  }

  /** The reviews this version goes through (all for a draft, those the amendment affects after). */
  private static String repeated(DelegateExecution execution) {
    List<String> reviews = new ArrayList<>();
    if (Boolean.TRUE.equals(execution.getVariable("legalReviewNeeded"))) reviews.add("LEGAL");
    if (Boolean.TRUE.equals(execution.getVariable("riskReviewNeeded"))) reviews.add("RISK");
    if (Boolean.TRUE.equals(execution.getVariable("signOffNeeded"))) reviews.add("SIGN_OFF if HIGH");
    return String.join(", ", reviews);
  }
}
