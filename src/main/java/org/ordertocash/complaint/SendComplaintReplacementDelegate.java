package org.ordertocash.complaint;

import static org.ordertocash.complaint.ComplaintStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Replacement goods for the complaint's units leave through the shipment process (save point). */
@Component
public class SendComplaintReplacementDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public SendComplaintReplacementDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.sendReplacement(number(execution));
  }
}
