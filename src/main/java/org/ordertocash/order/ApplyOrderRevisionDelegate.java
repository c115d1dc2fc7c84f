package org.ordertocash.order;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.ordertocash.customer.PaymentTerms;
import org.springframework.stereotype.Component;

/** Applies what sales changed in the "Revise order" form, before the order is checked again. */
@Component
public class ApplyOrderRevisionDelegate implements JavaDelegate {

  private final OrderReviewService review;

  public ApplyOrderRevisionDelegate(OrderReviewService review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.applyRevision(OrderReviewProcess.ORDER_NUMBER.require(execution),
        Actor.current(execution.getProcessEngineServices().getIdentityService()),
        terms(OrderReviewProcess.REVISED_PAYMENT_TERMS.get(execution)),
        date(OrderReviewProcess.REVISED_DELIVERY_DATE.get(execution)),
        OrderReviewProcess.RESET_TO_LIST_PRICES.is(execution, true),
        OrderReviewProcess.REVISION_NOTE.get(execution));
    // The model's output mapping of Task_ApplyRevision clears the last round's decisions.
  }

  private static PaymentTerms terms(String value) {
    return value == null || value.isBlank() ? null : PaymentTerms.valueOf(value);
  }

  /** Camunda Forms date fields submit "2026-12-20" strings. */
  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.substring(0, 10));
  }
}
