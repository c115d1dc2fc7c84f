package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Finance's task to record an invoice's fapiao: when it is created it describes the invoice for the
 * form; when it is completed the code and number must be well-formed and not contradict a fapiao
 * recorded for the invoice already.
 */
@Component
public class FapiaoTaskListener implements TaskListener {

  private final InvoicingService invoicing;

  private final TaskRefusals refusals;

  public FapiaoTaskListener(InvoicingService invoicing, TaskRefusals refusals) {
    this.refusals = refusals;
    this.invoicing = invoicing;
  }

  @Override
  public void notify(DelegateTask task) {
    String invoice = CollectionProcess.INVOICE_NUMBER.require(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(CollectionProcess.FAPIAO_INVOICE_TEXT.name(), invoicing.describeForFapiao(invoice));
      return;
    }
    try {
      invoicing.checkFapiao(invoice, CollectionProcess.FAPIAO_CODE.get(task), CollectionProcess.FAPIAO_NUMBER.get(task));
    } catch (DomainException.InvalidInput e) {
      throw refusals.passOn(e.getErrors().get(0).field(), e.getMessage());
    } catch (DomainException.Conflict e) {
      throw refusals.passOn("fapiaoNumber", e.getMessage());
    }
  }
}
