package org.ordertocash.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the due-date timer: the invoice is overdue from the start of the day after its due date. */
@Component
public class NoteDueDateDelegate implements JavaDelegate {

  private final DunningReview review;

  public NoteDueDateDelegate(DunningReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DunningProcess.OVERDUE_FROM.set(execution, review.overdueFrom(DunningProcess.INVOICE_NUMBER.require(execution)));
    DunningProcess.DUNNING_LEVEL.set(execution, 0);
  }
}
