package org.ordertocash.order;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Component;

/**
 * Checks the order against policy and hands the facts to the routing decision, including whether
 * its prices and terms were agreed in negotiation (then they are not routed to negotiation again).
 * Facts that only the decision reads, right after this step, are transient: not stored for each order.
 */
@Component
public class ValidateOrderDelegate implements JavaDelegate {

  private final OrderReviewService review;
  private final OrderToCashProperties properties;

  public ValidateOrderDelegate(OrderReviewService review, OrderToCashProperties properties) {
    this.review = review;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = OrderReviewProcess.ORDER_NUMBER.require(execution);
    PolicyCheck check = review.validate(number, Actor.current(execution.getProcessEngineServices().getIdentityService()));
    SalesOrder order = review.order(number);
    execution.setVariables(Map.ofEntries(
        // read by the review forms, after the review by the order's own process, and (customerCode)
        // from the audit trail by the auditors' order search
        Map.entry("customerCode", check.customerCode()),
        Map.entry("customerClass", check.customerClass().name()),
        Map.entry("newCustomer", check.newCustomer()),
        Map.entry("orderValue", check.orderValue().doubleValue()),
        Map.entry("priceDeviationPercent", check.priceDeviationPercent().doubleValue()),
        Map.entry("policyFindings", check.findings(properties.labels())),
        Map.entry("negotiated", order.isNegotiated())));
    OrderReviewProcess.PAYMENT_TERMS_ALLOWED.setTransient(execution, check.paymentTermsAllowed());
    OrderReviewProcess.PAYMENT_TERMS_DAYS.setTransient(execution, order.getPaymentTerms().days());
    OrderReviewProcess.DELIVERY_DATE_FEASIBLE.setTransient(execution, check.deliveryDateFeasible());
  }
}
