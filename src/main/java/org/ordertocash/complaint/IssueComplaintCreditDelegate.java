package org.ordertocash.complaint;

import static org.ordertocash.complaint.ComplaintStep.actor;
import static org.ordertocash.complaint.ComplaintStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finance approved the price reduction: the credit note is issued and mailed (save point). */
@Component
public class IssueComplaintCreditDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  public IssueComplaintCreditDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.creditApproved(number(execution), ComplaintProcess.CREDIT_DECIDED_BY.get(execution));
    complaints.issueCredit(number(execution), actor(execution));
  }
}
