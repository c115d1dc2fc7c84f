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
    String note = "approve".equals(execution.getVariable("reviewDecision"))
        ? "Approved in manager review"
        : "Approved automatically: " + execution.getVariable("routingReason");
    Object fulfilment = execution.getVariable("fulfilment");
    if (fulfilment != null && Boolean.FALSE.equals(execution.getVariable("stockAvailable"))) {
      note += "; fulfilment " + fulfilment;
    }
    review.confirm((String) execution.getVariable("orderNumber"),
        Actor.current(execution.getProcessEngineServices().getIdentityService()), note);
    execution.setVariable("reviewOutcome", "CONFIRMED");
  }
}
