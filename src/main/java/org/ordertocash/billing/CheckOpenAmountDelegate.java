package org.ordertocash.billing;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Looks at what is still open of the order's invoices, for the gateway "Paid in full?". */
@Component
public class CheckOpenAmountDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public CheckOpenAmountDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal open = invoicing.openAmount(CollectionProcess.ORDER_NUMBER.require(execution));
    CollectionProcess.OPEN_AMOUNT.set(execution, open.toPlainString());
    CollectionProcess.PAID_IN_FULL.set(execution, open.signum() == 0);
  }
}
