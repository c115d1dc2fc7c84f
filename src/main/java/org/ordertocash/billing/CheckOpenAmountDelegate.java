package org.ordertocash.billing;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Looks at what is still open of the order's invoices, for the gateways "Paid in full?" and "Written off?". */
@Component
public class CheckOpenAmountDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public CheckOpenAmountDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String orderNumber = CollectionProcess.ORDER_NUMBER.require(execution);
    BigDecimal open = invoicing.openAmount(orderNumber);
    CollectionProcess.OPEN_AMOUNT.set(execution, open.toPlainString());
    CollectionProcess.PAID_IN_FULL.set(execution, open.signum() == 0);
    CollectionProcess.WRITTEN_OFF.set(execution, open.signum() == 0 && invoicing.anyWrittenOff(orderNumber));
  }
}
