package org.ordertocash.order;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.ordertocash.order.CreditExposureService.CreditAssessment;
import org.ordertocash.config.Money;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Component;

@Component
public class CheckCreditDelegate implements JavaDelegate {

  private final OrderReviewService review;
  private final OrderToCashProperties properties;

  public CheckCreditDelegate(OrderReviewService review, OrderToCashProperties properties) {
    this.review = review;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = OrderReviewProcess.ORDER_NUMBER.require(execution);
    CreditAssessment credit = review.checkCredit(number, Actor.current(execution.getProcessEngineServices().getIdentityService()));
    String currency = review.order(number).getCurrency();
    OrderReviewProcess.CREDIT_OK.setTransient(execution, credit.ok());
    execution.setVariables(Map.of(
        "creditExposureText", Money.format(credit.exposure(), currency),
        "creditLimitText", Money.format(credit.limit(), currency),
        "overdueReceivables", credit.hasOverdue(),
        "creditHoldReason", credit.holdReason(currency, properties.labels())));
  }
}
