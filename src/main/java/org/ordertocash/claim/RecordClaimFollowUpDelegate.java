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
    String claimNumber = CarrierClaimProcess.CLAIM_NUMBER.require(execution);
    claims.followedUp(claimNumber, CarrierClaimProcess.FOLLOW_UP_NOTE.get(execution));
  }
}
