package org.ordertocash.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Sales decided not to resubmit an order sent back by the manager. */
@Component
public class WithdrawOrderDelegate implements JavaDelegate {

  private final OrderReviewService review;

  public WithdrawOrderDelegate(OrderReviewService review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object note = execution.getVariable("revisionNote");
    review.withdraw((String) execution.getVariable("orderNumber"),
        Actor.current(execution.getProcessEngineServices().getIdentityService()),
        note == null ? "no note" : note.toString());
    execution.setVariable("reviewOutcome", "WITHDRAWN");
  }
}
