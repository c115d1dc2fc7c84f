package org.ordertocash.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the follow-up of the claim stayed untouched for a reminder interval (the task is raised again). */
@Component
public class RecordClaimReminderDelegate implements JavaDelegate {

  private final CarrierClaimService claims;

  public RecordClaimReminderDelegate(CarrierClaimService claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = CarrierClaimProcess.CLAIM_NUMBER.require(execution);
    claims.reminded(claimNumber);
  }
}
