package org.ordertocash.contract;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.identity.Actor;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Records each review of a contract version on the contract (complete listener of the review
 * tasks and of the internal signature): who decided, approve or amend, which clause and what
 * to change. An amendment request needs the clause and the change. On {@code create} of the
 * internal signature task the contract awaits that signature (every review approved).
 */
@Component("contractReviewRecorder")
public class ContractReviewRecorder implements TaskListener {

  private final ContractService contracts;

  private final TaskRefusals refusals;

  public ContractReviewRecorder(ContractService contracts, TaskRefusals refusals) {
    this.refusals = refusals;
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = ContractSigningProcess.CONTRACT_NUMBER.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      contracts.reviewsPassed(number);
      return;
    }
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case ContractSigningProcess.REVIEW_LEGAL -> review(task, number, ContractReviewKind.LEGAL, "legal");
      case ContractSigningProcess.REVIEW_RISK -> review(task, number, ContractReviewKind.RISK, "risk");
      case ContractSigningProcess.SIGN_OFF_CONTRACT -> review(task, number, ContractReviewKind.SIGN_OFF, "signOff");
      case ContractSigningProcess.SIGN_INTERNALLY -> signature(task, number);
      default -> throw new IllegalStateException("contractReviewRecorder is not meant for " + key);
    }
  }

  private void review(DelegateTask task, String number, ContractReviewKind kind, String prefix) {
    Object decision = task.getVariable(prefix + "Decision");
    if (!"approve".equals(decision) && !"amend".equals(decision)) {
      throw refusals.of(prefix + "Decision", "approveOrAmend");
    }
    boolean approved = "approve".equals(decision);
    String clause = ContractVariables.blankToNull((String) task.getVariable(prefix + "Clause"));
    String change = ContractVariables.blankToNull((String) task.getVariable(prefix + "Change"));
    if (!approved && (clause == null || change == null)) {
      throw refusals.of(clause == null ? prefix + "Clause" : prefix + "Change", "amendmentRequest");
    }
    contracts.recordReview(number, kind, approved, reviewer(task), clause, change);
  }

  private void signature(DelegateTask task, String number) {
    Object decision = ContractSigningProcess.INTERNAL_SIGNATURE_DECISION.get(task);
    if (!"sign".equals(decision) && !"amend".equals(decision)) {
      throw refusals.of("internalSignatureDecision", "signOrAmend");
    }
    String note = ContractVariables.blankToNull((String) task.getVariable(ContractSigningProcess.INTERNAL_SIGNATURE_NOTE.name()));
    if ("amend".equals(decision) && note == null) {
      throw refusals.of("internalSignatureNote", "whatMustChange");
    }
    contracts.recordReview(number, ContractReviewKind.INTERNAL_SIGNATURE, "sign".equals(decision), reviewer(task),
        "sign".equals(decision) ? null : "Signatory", note);
  }

  private static String reviewer(DelegateTask task) {
    String actor = Actor.current(task.getProcessEngineServices().getIdentityService());
    return Actor.SYSTEM.equals(actor) && task.getAssignee() != null ? task.getAssignee() : actor;
  }
}
