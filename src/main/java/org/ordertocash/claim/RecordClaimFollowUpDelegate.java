package org.ordertocash.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a follow-up with the carrier that brought no answer yet. */
@Component
public class RecordClaimFollowUpDelegate implements JavaDelegate {

  private final CarrierClaimService claims;

  public RecordClaimFollowUpDelegate(CarrierClaimService claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable("claimNumber");
    claims.followedUp(claimNumber, (String) execution.getVariable("followUpNote"));
  }
}
