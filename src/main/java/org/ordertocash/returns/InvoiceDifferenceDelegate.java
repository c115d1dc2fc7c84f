package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.actor;
import static org.ordertocash.returns.ReturnStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The exchanged product costs more: the difference is invoiced (save point: it mails the invoice). */
@Component
public class InvoiceDifferenceDelegate implements JavaDelegate {

  private final ReturnService returns;

  public InvoiceDifferenceDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.invoiceDifference(number(execution), actor(execution));
  }
}
