package org.ordertocash.complaint;

import static org.ordertocash.complaint.ComplaintStep.number;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The resolution (checked by ComplaintResolutionCheck) is recorded; for a credit note creditText says what finance approves. */
@Component
public class RecordResolutionDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public RecordResolutionDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Remedy remedy = Remedy.valueOf(ComplaintProcess.REMEDY.get(execution).toString());
    Object perUnit = ComplaintProcess.CREDIT_PER_UNIT.get(execution);
    complaints.resolve(number(execution), RootCause.valueOf(ComplaintProcess.ROOT_CAUSE.get(execution).toString()),
        ComplaintProcess.ACTION_TAKEN.get(execution).toString(), ComplaintProcess.RESOLUTION.get(execution).toString(),
        remedy, perUnit == null ? null : new BigDecimal(perUnit.toString()), ComplaintProcess.RESOLVED_BY.get(execution));
    if (remedy == Remedy.CREDIT_NOTE) {
      ComplaintProcess.CREDIT_TEXT.set(execution, complaints.creditText(number(execution)));
    }
  }
}
