package org.ordertocash.complaint;

import static org.ordertocash.complaint.ComplaintStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer is told how the complaint was resolved (save point). */
@Component
public class CloseComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public CloseComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.close(number(execution));
  }
}
