package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Whether the invoice of this fapiao branch has its fapiao already (recorded through the API before the branch got here). */
@Component
public class CheckFapiaoOnFileDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public CheckFapiaoOnFileDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CollectionProcess.FAPIAO_ON_FILE.set(execution,
        invoicing.fapiaoOnFile(CollectionProcess.INVOICE_NUMBER.require(execution)));
  }
}
