package org.ordertocash.order;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/** The contract of bpmn/order-review.bpmn: the variables its steps and forms share. */
public final class OrderReviewProcess {

  public static final String KEY = "order-review";

  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);
  /** Why the routing decision sent the order where it did. */
  public static final ProcessVariable<String> ROUTING_REASON = ProcessVariable.of("routingReason", String.class);
  /** Set by the last step: CONFIRMED, REJECTED, WITHDRAWN or NEGOTIATE; the umbrella routes on it. */
  public static final ProcessVariable<String> REVIEW_OUTCOME = ProcessVariable.of("reviewOutcome", String.class);
  /**
   * Who made the decision the next step carries out: the user who completed the review's last
   * task (each task maps {@code currentUser()} out on completion). Steps after a save point run
   * in a job without a signed-in user and act for this person; unset until a person decides.
   */
  public static final ProcessVariable<String> DECIDED_BY = ProcessVariable.of("decidedBy", String.class);
  public static final ProcessVariable<Boolean> STOCK_AVAILABLE = ProcessVariable.of("stockAvailable", Boolean.class);
  // Facts only the routing decision or the gateway right after a check reads, in the check's own
  // transaction: set transient, so they are not stored (the decision's history keeps its inputs).
  public static final ProcessVariable<Boolean> PAYMENT_TERMS_ALLOWED =
      ProcessVariable.of("paymentTermsAllowed", Boolean.class);
  public static final ProcessVariable<Integer> PAYMENT_TERMS_DAYS = ProcessVariable.of("paymentTermsDays", Integer.class);
  public static final ProcessVariable<Boolean> DELIVERY_DATE_FEASIBLE =
      ProcessVariable.of("deliveryDateFeasible", Boolean.class);
  public static final ProcessVariable<Boolean> CREDIT_OK = ProcessVariable.of("creditOk", Boolean.class);
  // "Review order" form
  public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.of("reviewDecision", String.class);
  public static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.of("reviewComment", String.class);
  public static final ProcessVariable<String> FULFILMENT = ProcessVariable.of("fulfilment", String.class);
  // "Review credit hold" form
  public static final ProcessVariable<String> CREDIT_DECISION = ProcessVariable.of("creditDecision", String.class);
  public static final ProcessVariable<String> CREDIT_DECISION_REASON =
      ProcessVariable.of("creditDecisionReason", String.class);
  // "Revise order" form
  public static final ProcessVariable<String> REVISED_PAYMENT_TERMS =
      ProcessVariable.of("revisedPaymentTerms", String.class);
  /** "2026-12-20", as Camunda Forms date fields submit it. */
  public static final ProcessVariable<String> REVISED_DELIVERY_DATE =
      ProcessVariable.of("revisedDeliveryDate", String.class);
  public static final ProcessVariable<Boolean> RESET_TO_LIST_PRICES =
      ProcessVariable.of("resetToListPrices", Boolean.class);
  public static final ProcessVariable<String> REVISION_NOTE = ProcessVariable.of("revisionNote", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY, Set.of(), Set.of(), Set.of(), List.of(
      ORDER_NUMBER, ROUTING_REASON, REVIEW_OUTCOME, DECIDED_BY, STOCK_AVAILABLE, REVIEW_DECISION, REVIEW_COMMENT, FULFILMENT,
      CREDIT_DECISION, CREDIT_DECISION_REASON, REVISED_PAYMENT_TERMS, REVISED_DELIVERY_DATE, RESET_TO_LIST_PRICES,
      REVISION_NOTE, PAYMENT_TERMS_ALLOWED, PAYMENT_TERMS_DAYS, DELIVERY_DATE_FEASIBLE, CREDIT_OK))
      .withSavePoints("Task_ConfirmOrder", "Task_RejectOrder", "Task_WithdrawOrder");

  private OrderReviewProcess() {}
}
