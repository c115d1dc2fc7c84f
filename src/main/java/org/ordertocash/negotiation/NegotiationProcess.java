package org.ordertocash.negotiation;

import java.util.Date;
import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/negotiation.bpmn. Form inputs that the task checks parse themselves
 * (prices, lists, free text) are declared as {@code Object}: their checks answer bad input with a
 * refusal naming the field, which a type error could not.
 */
public final class NegotiationProcess {

  public static final String KEY = "negotiation";
  /** The customer's answer to a quotation (accept, counter, reject), correlated by order number. */
  public static final String ANSWER_MESSAGE = QuotationResponses.MESSAGE;

  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);
  public static final ProcessVariable<String> QUOTATION_NUMBER = ProcessVariable.of("quotationNumber", String.class);
  public static final ProcessVariable<Integer> QUOTATION_VERSION = ProcessVariable.of("quotationVersion", Integer.class);
  public static final ProcessVariable<Object> QUOTATION_LINES = ProcessVariable.of("quotationLines", Object.class);
  public static final ProcessVariable<Object> TEAM_CANDIDATES = ProcessVariable.of("teamCandidates", Object.class);
  // "Prepare negotiation" form
  public static final ProcessVariable<Object> TARGET_PRICE = ProcessVariable.of("targetPrice", Object.class);
  public static final ProcessVariable<Object> BOTTOM_LINE = ProcessVariable.of("bottomLine", Object.class);
  public static final ProcessVariable<Object> NEGOTIATION_TEAM = ProcessVariable.of("negotiationTeam", Object.class);
  public static final ProcessVariable<Object> NEGOTIATION_MATERIALS =
      ProcessVariable.of("negotiationMaterials", Object.class);
  // "Propose quotation" form
  public static final ProcessVariable<Object> PROPOSED_PAYMENT_TERMS =
      ProcessVariable.of("proposedPaymentTerms", Object.class);
  public static final ProcessVariable<Object> PROPOSAL_NOTE = ProcessVariable.of("proposalNote", Object.class);
  // the discount-authority decision's inputs and outputs
  public static final ProcessVariable<String> QUOTATION_PROPOSED_BY =
      ProcessVariable.of("quotationProposedBy", String.class);
  public static final ProcessVariable<Double> MAX_DISCOUNT_PERCENT = ProcessVariable.of("maxDiscountPercent", Double.class);
  public static final ProcessVariable<Double> QUOTATION_VALUE = ProcessVariable.of("quotationValue", Double.class);
  public static final ProcessVariable<Integer> PAYMENT_TERMS_DAYS = ProcessVariable.of("paymentTermsDays", Integer.class);
  public static final ProcessVariable<Integer> DEFAULT_PAYMENT_TERMS_DAYS =
      ProcessVariable.of("defaultPaymentTermsDays", Integer.class);
  public static final ProcessVariable<String> CUSTOMER_CLASS = ProcessVariable.of("customerClass", String.class);
  public static final ProcessVariable<String> APPROVAL_ROUTE = ProcessVariable.of("approvalRoute", String.class);
  public static final ProcessVariable<Boolean> FINANCE_APPROVAL = ProcessVariable.of("financeApproval", Boolean.class);
  // approvals
  public static final ProcessVariable<String> APPROVAL_STEP = ProcessVariable.of("approvalStep", String.class);
  public static final ProcessVariable<Object> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", Object.class);
  public static final ProcessVariable<Object> APPROVAL_COMMENT = ProcessVariable.of("approvalComment", Object.class);
  /**
   * Read only by negotiation versions deployed before the multi-instance approval (their second
   * manager's four-eyes input is {@code ${quotationProposedBy},${firstApprover}}): still written for
   * orders running on them; not in the current model, so not in {@link #CONTRACT}.
   */
  public static final ProcessVariable<String> LEGACY_FIRST_APPROVER = ProcessVariable.of("firstApprover", String.class);
  /** Who approved the current version so far (comma separated): excluded from its later steps. */
  public static final ProcessVariable<String> APPROVED_BY = ProcessVariable.of("approvedBy", String.class);
  // sending, the customer's answer, the outcome
  public static final ProcessVariable<Date> QUOTATION_EXPIRES_AT = ProcessVariable.of("quotationExpiresAt", Date.class);
  public static final ProcessVariable<String> CUSTOMER_DECISION = ProcessVariable.of("customerDecision", String.class);
  public static final ProcessVariable<String> CUSTOMER_REASON = ProcessVariable.of("customerReason", String.class);
  public static final ProcessVariable<Integer> RESPONDED_VERSION = ProcessVariable.of("respondedVersion", Integer.class);
  public static final ProcessVariable<String> ANSWER_RECORDED_BY = ProcessVariable.of("answerRecordedBy", String.class);
  public static final ProcessVariable<Object> FOLLOW_UP = ProcessVariable.of("followUp", Object.class);
  public static final ProcessVariable<Object> LOST_REASON = ProcessVariable.of("lostReason", Object.class);
  public static final ProcessVariable<Object> COMPETITOR = ProcessVariable.of("competitor", Object.class);
  /**
   * Who completed the last task that led to the next step (each such task maps
   * {@code currentUser()} out on completion): steps after a save point run in a job without a
   * signed-in user and act for this person.
   */
  public static final ProcessVariable<String> DECIDED_BY = ProcessVariable.of("decidedBy", String.class);
  /** AGREED or LOST; the umbrella routes on it. */
  public static final ProcessVariable<String> NEGOTIATION_OUTCOME = ProcessVariable.of("negotiationOutcome", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY, Set.of(), Set.of(ANSWER_MESSAGE), Set.of(),
      List.of(ORDER_NUMBER, QUOTATION_NUMBER, QUOTATION_VERSION, QUOTATION_LINES, TEAM_CANDIDATES, TARGET_PRICE,
          BOTTOM_LINE, NEGOTIATION_TEAM, NEGOTIATION_MATERIALS, PROPOSED_PAYMENT_TERMS, PROPOSAL_NOTE,
          QUOTATION_PROPOSED_BY, MAX_DISCOUNT_PERCENT, QUOTATION_VALUE, PAYMENT_TERMS_DAYS, DEFAULT_PAYMENT_TERMS_DAYS,
          CUSTOMER_CLASS, APPROVAL_ROUTE, FINANCE_APPROVAL, APPROVAL_STEP, APPROVAL_DECISION, APPROVAL_COMMENT,
          APPROVED_BY, QUOTATION_EXPIRES_AT, CUSTOMER_DECISION, CUSTOMER_REASON, RESPONDED_VERSION,
          ANSWER_RECORDED_BY, FOLLOW_UP, LOST_REASON, COMPETITOR, NEGOTIATION_OUTCOME, DECIDED_BY),
      Set.of(CUSTOMER_REASON, RESPONDED_VERSION, ANSWER_RECORDED_BY))
      .withSavePoints("Task_SendQuotation");

  private NegotiationProcess() {}
}
