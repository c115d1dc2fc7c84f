package org.ordertocash.contract;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/contract-signing.bpmn: its key, the user tasks whose listeners check and
 * record by task, and its variables. (The contract terms' variables are read together by
 * {@link ContractVariables}.)
 */
public final class ContractSigningProcess {

  public static final String KEY = "contract-signing";

  public static final String DRAFT_CONTRACT = "Task_DraftContract";
  public static final String AMEND_CONTRACT = "Task_AmendContract";
  public static final String HANDLE_EXPIRED_CONTRACT = "Task_HandleExpiredContract";
  public static final String REVIEW_LEGAL = "Task_ReviewLegal";
  public static final String REVIEW_RISK = "Task_ReviewRisk";
  public static final String SIGN_OFF_CONTRACT = "Task_SignOffContract";
  public static final String SIGN_INTERNALLY = "Task_SignInternally";

  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of(ContractVariables.ORDER_NUMBER, String.class);
  public static final ProcessVariable<String> CONTRACT_NUMBER =
      ProcessVariable.of(ContractVariables.CONTRACT_NUMBER, String.class);
  /** The version just issued; no model step reads it (kept for operators looking at an instance). */
  public static final ProcessVariable<Integer> CONTRACT_VERSION = ProcessVariable.of("contractVersion", Integer.class);
  // the terms, as the draft and amend forms submit them; read together by ContractVariables.terms
  public static final ProcessVariable<Object> PAYMENT_TERMS = ProcessVariable.of("paymentTerms", Object.class);
  public static final ProcessVariable<Object> DELIVERY_DATE = ProcessVariable.of("deliveryDate", Object.class);
  public static final ProcessVariable<Object> PENALTY_PERCENT_PER_WEEK =
      ProcessVariable.of("penaltyPercentPerWeek", Object.class);
  public static final ProcessVariable<Object> PENALTY_CAP_PERCENT = ProcessVariable.of("penaltyCapPercent", Object.class);
  public static final ProcessVariable<String> SPECIAL_CLAUSES = ProcessVariable.of("specialClauses", String.class);
  // the contract-risk decision
  public static final ProcessVariable<String> RISK_LEVEL = ProcessVariable.of("riskLevel", String.class);
  public static final ProcessVariable<Number> RISK_SCORE = ProcessVariable.of("riskScore", Number.class);
  public static final ProcessVariable<String> RISK_REASONS = ProcessVariable.of("riskReasons", String.class);
  // which reviews a version needs (the contract-requirement and amendment routing)
  public static final ProcessVariable<Boolean> LEGAL_REVIEW_NEEDED = ProcessVariable.of("legalReviewNeeded", Boolean.class);
  public static final ProcessVariable<Boolean> RISK_REVIEW_NEEDED = ProcessVariable.of("riskReviewNeeded", Boolean.class);
  public static final ProcessVariable<Boolean> SIGN_OFF_NEEDED = ProcessVariable.of("signOffNeeded", Boolean.class);
  // review forms: <prefix>Decision, <prefix>Clause, <prefix>Change for legal, risk, signOff
  public static final ProcessVariable<Object> LEGAL_DECISION = ProcessVariable.of("legalDecision", Object.class);
  public static final ProcessVariable<Object> RISK_DECISION = ProcessVariable.of("riskDecision", Object.class);
  public static final ProcessVariable<Object> SIGN_OFF_DECISION = ProcessVariable.of("signOffDecision", Object.class);
  public static final ProcessVariable<Object> INTERNAL_SIGNATURE_DECISION =
      ProcessVariable.of("internalSignatureDecision", Object.class);
  public static final ProcessVariable<String> INTERNAL_SIGNATURE_NOTE =
      ProcessVariable.of("internalSignatureNote", String.class);
  /** Who signed internally: the task's output mapping records the person completing it. */
  public static final ProcessVariable<String> INTERNAL_SIGNATORY = ProcessVariable.of("internalSignatory", String.class);
  // "Amend contract" form
  public static final ProcessVariable<Object> AMENDMENT_SCOPE = ProcessVariable.of("amendmentScope", Object.class);
  public static final ProcessVariable<String> AMENDMENT_NOTE = ProcessVariable.of("amendmentNote", String.class);
  // the customer's signature, reminders, expiry, the outcome
  public static final ProcessVariable<String> SIGNED_BY = ProcessVariable.of("signedBy", String.class);
  public static final ProcessVariable<String> SIGNED_ON = ProcessVariable.of("signedOn", String.class);
  public static final ProcessVariable<String> SIGNATURE_RECORDED_BY = ProcessVariable.of("signatureRecordedBy", String.class);
  public static final ProcessVariable<Integer> REMINDERS_SENT = ProcessVariable.of("remindersSent", Integer.class);
  public static final ProcessVariable<Object> EXPIRED_DECISION = ProcessVariable.of("expiredDecision", Object.class);
  public static final ProcessVariable<String> EXPIRED_NOTE = ProcessVariable.of("expiredNote", String.class);
  /**
   * Who completed the last task that led to the next step (each such task maps
   * {@code currentUser()} out on completion): steps after a save point run in a job without a
   * signed-in user and act for this person.
   */
  public static final ProcessVariable<String> DECIDED_BY = ProcessVariable.of("decidedBy", String.class);
  /** SIGNED or CANCELLED; the umbrella routes on it. */
  public static final ProcessVariable<String> CONTRACT_OUTCOME = ProcessVariable.of("contractOutcome", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of(DRAFT_CONTRACT, AMEND_CONTRACT, HANDLE_EXPIRED_CONTRACT, REVIEW_LEGAL, REVIEW_RISK, SIGN_OFF_CONTRACT,
          SIGN_INTERNALLY),
      Set.of(), Set.of(), List.of(ORDER_NUMBER, CONTRACT_NUMBER, CONTRACT_VERSION, PAYMENT_TERMS, DELIVERY_DATE,
          PENALTY_PERCENT_PER_WEEK, PENALTY_CAP_PERCENT, SPECIAL_CLAUSES, RISK_LEVEL, RISK_SCORE, RISK_REASONS,
          LEGAL_REVIEW_NEEDED, RISK_REVIEW_NEEDED, SIGN_OFF_NEEDED, LEGAL_DECISION, RISK_DECISION, SIGN_OFF_DECISION,
          INTERNAL_SIGNATURE_DECISION, INTERNAL_SIGNATURE_NOTE, INTERNAL_SIGNATORY, AMENDMENT_SCOPE, AMENDMENT_NOTE,
          SIGNED_BY, SIGNED_ON, SIGNATURE_RECORDED_BY, REMINDERS_SENT, EXPIRED_DECISION, EXPIRED_NOTE, CONTRACT_OUTCOME,
          DECIDED_BY),
      Set.of(CONTRACT_VERSION, SIGNED_BY, SIGNED_ON, SIGNATURE_RECORDED_BY, REMINDERS_SENT))
      .withSavePoints("Task_IssueContractVersion", "Task_SendContract", "Task_SendReminder", "Task_CancelOrder");

  private ContractSigningProcess() {}
}
