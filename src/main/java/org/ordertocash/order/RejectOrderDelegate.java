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
    review.reject((String) execution.getVariable("orderNumber"),
        Actor.current(execution.getProcessEngineServices().getIdentityService()), reason(execution));
    execution.setVariable("reviewOutcome", "REJECTED");
  }

  /** Three decisions lead to rejection: the manager's, finance's on a credit hold, or routing's. */
  static String reason(DelegateExecution execution) {
    if ("reject".equals(execution.getVariable("reviewDecision"))) {
      return "Rejected in review: " + execution.getVariable("reviewComment");
    }
    if ("reject".equals(execution.getVariable("creditDecision"))) {
      return "Credit refused: " + execution.getVariable("creditDecisionReason");
    }
    return "Outside sales policy: " + execution.getVariable("routingReason");
  }
}
