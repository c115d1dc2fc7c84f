package org.ordertocash.complaint;

import static org.ordertocash.complaint.ComplaintStep.actor;
import static org.ordertocash.complaint.ComplaintStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The complaint's units are returned for a refund: a return of its own is opened (save point). */
@Component
public class StartComplaintReturnDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public StartComplaintReturnDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.startReturn(number(execution), actor(execution));
  }
}
