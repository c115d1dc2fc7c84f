package org.ordertocash.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** A sales manager accepted the loss of a rejected or expired claim: it is written off. */
@Component
public class WriteOffCarrierClaimDelegate implements JavaDelegate {

  private final CarrierClaimService claims;

  public WriteOffCarrierClaimDelegate(CarrierClaimService claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = CarrierClaimProcess.CLAIM_NUMBER.require(execution);
    String user = Actor.current(execution.getProcessEngineServices().getIdentityService());
    claims.writtenOff(claimNumber, CarrierClaimProcess.LOSS_NOTE.get(execution), user);
  }
}
