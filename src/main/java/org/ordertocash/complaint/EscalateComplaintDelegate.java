package org.ordertocash.complaint;

import static org.ordertocash.complaint.ComplaintStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A deadline passed: the complaint's open tasks go to the sales managers too. */
@Component
public class EscalateComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public EscalateComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.escalate(number(execution), execution.getProcessInstanceId());
  }
}
