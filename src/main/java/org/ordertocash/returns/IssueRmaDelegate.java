package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.number;
import static org.ordertocash.returns.ReturnStep.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved: the RMA number and the sending instructions go to the customer (save point); sets rmaNumber and receiveBy. */
@Component
public class IssueRmaDelegate implements JavaDelegate {

  private final ReturnService returns;

  public IssueRmaDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String receiveBy = returns.approve(number(execution), ReturnProcess.DECIDED_BY.get(execution),
        text(ReturnProcess.RETURN_DECISION_NOTE.get(execution)));
    ReturnProcess.RMA_NUMBER.set(execution, returns.rmaNumber(number(execution)));
    ReturnProcess.RECEIVE_BY.set(execution, receiveBy);
  }
}
