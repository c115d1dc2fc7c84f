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
    review.applyRevision((String) execution.getVariable("orderNumber"),
        Actor.current(execution.getProcessEngineServices().getIdentityService()),
        terms(execution.getVariable("revisedPaymentTerms")),
        date(execution.getVariable("revisedDeliveryDate")),
        Boolean.TRUE.equals(execution.getVariable("resetToListPrices")),
        (String) execution.getVariable("revisionNote"));
    // The model's output mapping of Task_ApplyRevision clears the last round's decisions.
  }

  private static PaymentTerms terms(Object value) {
    return value == null || value.toString().isBlank() ? null : PaymentTerms.valueOf(value.toString());
  }

  /** Camunda Forms date fields submit "2026-12-20" strings. */
  private static LocalDate date(Object value) {
    return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().substring(0, 10));
  }
}
