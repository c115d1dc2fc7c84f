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
    review.handOverToNegotiation((String) execution.getVariable("orderNumber"),
        Actor.current(execution.getProcessEngineServices().getIdentityService()),
        (String) execution.getVariable("routingReason"));
    execution.setVariable("reviewOutcome", "NEGOTIATE");
  }
}
