package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** The order's invoices are settled: marks the order PAID. */
@Component
public class RecordOrderPaidDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public RecordOrderPaidDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.recordPaid(CollectionProcess.ORDER_NUMBER.require(execution), Actor.SYSTEM);
  }
}
