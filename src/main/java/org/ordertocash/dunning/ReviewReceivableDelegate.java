package org.ordertocash.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Looks at the invoice today: still open, days overdue, open amount and customer class for the
 * decision that follows in the same transaction. They are not stored: an invoice is reviewed
 * daily, and the decision's history keeps what it was given.
 */
@Component
public class ReviewReceivableDelegate implements JavaDelegate {

  private final DunningReview review;

  public ReviewReceivableDelegate(DunningReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DunningReview.Standing standing = review.look(DunningProcess.INVOICE_NUMBER.require(execution));
    DunningProcess.STILL_OPEN.setTransient(execution, standing.open());
    DunningProcess.DAYS_OVERDUE.setTransient(execution, standing.daysOverdue());
    DunningProcess.OPEN_AMOUNT_VALUE.setTransient(execution, standing.openAmountValue());
    DunningProcess.CUSTOMER_CLASS.setTransient(execution, standing.customerClass());
  }
}
