package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the customer of an unpaid prepayment invoice (a save point: it queues mail). */
@Component
public class SendPrepaymentReminderDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public SendPrepaymentReminderDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.remindOfPrepayment(PrepaymentProcess.ORDER_NUMBER.require(execution));
  }
}
