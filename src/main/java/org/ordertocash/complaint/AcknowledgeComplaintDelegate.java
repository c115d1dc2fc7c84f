package org.ordertocash.complaint;

import static org.ordertocash.complaint.ComplaintStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the deadlines from the SLA table's durations and tells the customer when to expect an answer (save point); sets firstResponseBy and resolveBy. */
@Component
public class AcknowledgeComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public AcknowledgeComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ComplaintService.Deadlines deadlines = complaints.acknowledge(number(execution),
        ComplaintProcess.FIRST_RESPONSE_WITHIN.require(execution), ComplaintProcess.RESOLVE_WITHIN.require(execution));
    ComplaintProcess.FIRST_RESPONSE_BY.set(execution, deadlines.firstResponseBy());
    ComplaintProcess.RESOLVE_BY.set(execution, deadlines.resolveBy());
  }
}
