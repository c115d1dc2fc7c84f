package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * On completing "Allocate payment": the choice is the customer's credit or one of the payer's
 * invoices that is still open.
 */
@Component
public class PaymentAllocationCheck implements TaskListener {

  private final PaymentService payments;

  public PaymentAllocationCheck(PaymentService payments) {
    this.payments = payments;
  }

  @Override
  public void notify(DelegateTask task) {
    String choice = PaymentAllocationProcess.ALLOCATE_TO.get(task);
    if (choice == null || choice.isBlank()) {
      throw TaskRefusal.of("allocateTo", "Choose an open invoice or keep the payment as credit");
    }
    if (!PaymentAllocationProcess.KEEP_AS_CREDIT.equals(choice)
        && !payments.isOpenInvoiceOf(PaymentAllocationProcess.PAYER.require(task), choice)) {
      throw TaskRefusal.of("allocateTo", "Invoice " + choice + " is not an open invoice of "
          + PaymentAllocationProcess.PAYER.require(task));
    }
  }
}
