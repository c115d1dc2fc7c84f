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
    String note = OrderReviewProcess.REVISION_NOTE.get(execution);
    review.withdraw(OrderReviewProcess.ORDER_NUMBER.require(execution),
        Actor.orSystem(OrderReviewProcess.DECIDED_BY.get(execution)),
        note == null ? "no note" : note);
    OrderReviewProcess.REVIEW_OUTCOME.set(execution, "WITHDRAWN");
  }
}
