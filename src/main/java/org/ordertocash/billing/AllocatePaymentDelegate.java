package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Gives the unmatched payment to the invoice finance chose, as far as the invoice is open. */
@Component
public class AllocatePaymentDelegate implements JavaDelegate {

  private final PaymentService payments;

  public AllocatePaymentDelegate(PaymentService payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    payments.allocateWhatFits(PaymentAllocationProcess.BANK_REFERENCE.require(execution),
        PaymentAllocationProcess.ALLOCATE_TO.require(execution),
        Actor.orSystem(PaymentAllocationProcess.ALLOCATED_BY.get(execution)));
  }
}
