package org.ordertocash.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Confirms the order and queues the confirmation to the customer. */
@Component
public class ConfirmOrderDelegate implements JavaDelegate {

  private final OrderReviewService review;

  public ConfirmOrderDelegate(OrderReviewService review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String note = OrderReviewProcess.REVIEW_DECISION.is(execution, "approve")
        ? "Approved in manager review"
        : "Approved automatically: " + OrderReviewProcess.ROUTING_REASON.get(execution);
    String fulfilment = OrderReviewProcess.FULFILMENT.get(execution);
    if (fulfilment != null && OrderReviewProcess.STOCK_AVAILABLE.is(execution, false)) {
      note += "; fulfilment " + fulfilment;
    }
    review.confirm(OrderReviewProcess.ORDER_NUMBER.require(execution),
        Actor.orSystem(OrderReviewProcess.DECIDED_BY.get(execution)), note);
    OrderReviewProcess.REVIEW_OUTCOME.set(execution, "CONFIRMED");
  }
}
