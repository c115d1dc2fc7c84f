package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The eligibility decision is recorded on the return (for its view and the review task). */
@Component
public class RecordEligibilityDelegate implements JavaDelegate {

  private final ReturnService returns;

  public RecordEligibilityDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.recordEligibility(number(execution), ReturnProcess.ELIGIBILITY.require(execution),
        ReturnProcess.ELIGIBILITY_REASON.get(execution));
  }
}
