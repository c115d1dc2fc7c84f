package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.number;
import static org.ordertocash.returns.ReturnStep.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finance paid the refund: it is booked under the transfer's bank reference (save point). */
@Component
public class BookRefundDelegate implements JavaDelegate {

  private final ReturnService returns;

  public BookRefundDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.refund(number(execution), text(ReturnProcess.REFUND_BANK_REFERENCE.get(execution)).trim(),
        ReturnProcess.REFUNDED_BY.get(execution));
  }
}
