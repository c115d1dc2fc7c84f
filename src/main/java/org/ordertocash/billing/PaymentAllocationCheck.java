package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * On completing "Allocate payment": the choice is the customer's credit or one of the payer's
 * invoices that is still open.
 */
@Component
public class PaymentAllocationCheck implements TaskListener {

  private final PaymentService payments;

  private final TaskRefusals refusals;

  public PaymentAllocationCheck(PaymentService payments, TaskRefusals refusals) {
    this.refusals = refusals;
    this.payments = payments;
  }

  @Override
  public void notify(DelegateTask task) {
    String choice = PaymentAllocationProcess.ALLOCATE_TO.get(task);
    if (choice == null || choice.isBlank()) {
      throw refusals.of("allocateTo", "allocateTo");
    }
    if (!PaymentAllocationProcess.KEEP_AS_CREDIT.equals(choice)
        && !payments.isOpenInvoiceOf(PaymentAllocationProcess.PAYER.require(task), choice)) {
      throw refusals.of("allocateTo", "notOpenInvoice", choice, PaymentAllocationProcess.PAYER.require(task));
    }
  }
}
