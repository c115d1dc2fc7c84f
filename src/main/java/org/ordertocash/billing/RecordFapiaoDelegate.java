package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the fapiao finance entered for one invoice (the same code and number again change nothing). */
@Component
public class RecordFapiaoDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public RecordFapiaoDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.recordFapiao(CollectionProcess.INVOICE_NUMBER.require(execution),
        CollectionProcess.FAPIAO_CODE.get(execution), CollectionProcess.FAPIAO_NUMBER.require(execution),
        CollectionProcess.FAPIAO_RECORDED_BY.require(execution));
  }
}
