package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Nothing is open on the order but some of it was written off: marks the order WRITTEN_OFF. */
@Component
public class RecordOrderWrittenOffDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public RecordOrderWrittenOffDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.recordWrittenOff(CollectionProcess.ORDER_NUMBER.require(execution), Actor.SYSTEM);
  }
}
