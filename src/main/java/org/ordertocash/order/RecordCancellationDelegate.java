package org.ordertocash.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a cancellation that arrived as a message, and tells the customer. */
@Component
public class RecordCancellationDelegate implements JavaDelegate {

  private final OrderLifecycle lifecycle;

  public RecordCancellationDelegate(OrderLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.cancel(OrderToCashProcess.ORDER_NUMBER.require(execution),
        OrderToCashProcess.CANCELLED_BY.get(execution),
        OrderToCashProcess.CANCEL_REASON.get(execution));
  }
}
