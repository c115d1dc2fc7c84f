package org.ordertocash.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Ends the review of an order whose price or terms only a negotiation with the customer can settle. */
@Component
public class HandOverToNegotiationDelegate implements JavaDelegate {

  private final OrderReviewService review;

  public HandOverToNegotiationDelegate(OrderReviewService review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.handOverToNegotiation(OrderReviewProcess.ORDER_NUMBER.require(execution),
        Actor.current(execution.getProcessEngineServices().getIdentityService()),
        OrderReviewProcess.ROUTING_REASON.get(execution));
    OrderReviewProcess.REVIEW_OUTCOME.set(execution, "NEGOTIATE");
  }
}
