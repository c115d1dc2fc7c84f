package org.ordertocash.returns;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/** On completing "Refund customer": refund (with our transfer's bank reference) or keep it as the customer's credit. */
@Component
public class ReturnRefundCheck implements TaskListener {

  private final TaskRefusals refusals;

  public ReturnRefundCheck(TaskRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = ReturnProcess.REFUND_DECISION.get(task);
    if (!"REFUND".equals(decision) && !"KEEP_AS_CREDIT".equals(decision)) {
      throw refusals.of("refundDecision", "refundDecision");
    }
    String reference = ReturnStep.text(ReturnProcess.REFUND_BANK_REFERENCE.get(task));
    if ("REFUND".equals(decision) && (reference == null || reference.isBlank() || reference.trim().length() > 100)) {
      throw refusals.of("refundBankReference", "refundBankReference");
    }
  }
}
