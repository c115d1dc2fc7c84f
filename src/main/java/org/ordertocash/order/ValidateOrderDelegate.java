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
        Map.entry("customerCode", check.customerCode()),
        Map.entry("customerName", check.customerName()),
        Map.entry("customerClass", check.customerClass().name()),
        Map.entry("newCustomer", check.newCustomer()),
        Map.entry("orderValue", check.orderValue().doubleValue()),
        Map.entry("orderValueText", check.orderValueText()),
        Map.entry("priceDeviationPercent", check.priceDeviationPercent().doubleValue()),
        Map.entry("paymentTerms", order.getPaymentTerms().name()),
        Map.entry("paymentTermsAllowed", check.paymentTermsAllowed()),
        Map.entry("paymentTermsDays", order.getPaymentTerms().days()),
        Map.entry("requestedDeliveryDate", order.getRequestedDeliveryDate().toString()),
        Map.entry("deliveryDateFeasible", check.deliveryDateFeasible()),
        Map.entry("policyViolation", check.policyViolation()),
        Map.entry("policyFindings", check.findings(properties.labels())),
        Map.entry("negotiated", order.isNegotiated())));
  }
}
