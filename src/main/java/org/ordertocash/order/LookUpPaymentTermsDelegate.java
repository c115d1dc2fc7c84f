package org.ordertocash.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Notes the order's payment terms as they stand after review, negotiation and contract. */
@Component
public class LookUpPaymentTermsDelegate implements JavaDelegate {

  private final OrderLifecycle lifecycle;

  public LookUpPaymentTermsDelegate(OrderLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrderToCashProcess.PAYMENT_TERMS.set(execution,
        lifecycle.order(OrderToCashProcess.ORDER_NUMBER.require(execution)).getPaymentTerms().name());
  }
}
