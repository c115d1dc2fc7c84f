package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Sends the order's invoices as PDFs through the outbox (a save point). */
@Component
public class SendInvoicesDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public SendInvoicesDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.send(CollectionProcess.ORDER_NUMBER.require(execution), Actor.SYSTEM);
  }
}
