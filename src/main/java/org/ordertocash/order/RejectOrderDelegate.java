package org.ordertocash.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Rejects the order and queues the rejection notice to the customer. */
@Component
public class RejectOrderDelegate implements JavaDelegate {

  private final OrderReviewService review;

  public RejectOrderDelegate(OrderReviewService review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.reject(OrderReviewProcess.ORDER_NUMBER.require(execution),
        Actor.orSystem(OrderReviewProcess.DECIDED_BY.get(execution)), reason(execution));
    OrderReviewProcess.REVIEW_OUTCOME.set(execution, "REJECTED");
  }

  /** Three decisions lead to rejection: the manager's, finance's on a credit hold, or routing's. */
  static String reason(DelegateExecution execution) {
    if (OrderReviewProcess.REVIEW_DECISION.is(execution, "reject")) {
      return "Rejected in review: " + OrderReviewProcess.REVIEW_COMMENT.get(execution);
    }
    if (OrderReviewProcess.CREDIT_DECISION.is(execution, "reject")) {
      return "Credit refused: " + OrderReviewProcess.CREDIT_DECISION_REASON.get(execution);
    }
    return "Outside sales policy: " + OrderReviewProcess.ROUTING_REASON.get(execution);
  }
}
