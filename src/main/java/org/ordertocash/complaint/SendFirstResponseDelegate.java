package org.ordertocash.complaint;

import static org.ordertocash.complaint.ComplaintStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The first response is recorded and sent to the customer (save point). */
@Component
public class SendFirstResponseDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public SendFirstResponseDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.respond(number(execution), ComplaintProcess.FIRST_RESPONSE.get(execution).toString(),
        ComplaintProcess.RESPONDED_BY.get(execution));
  }
}
