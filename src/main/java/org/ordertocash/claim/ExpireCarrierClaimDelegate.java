package org.ordertocash.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The claim deadline passed without the carrier paying or rejecting: the claim expires. */
@Component
public class ExpireCarrierClaimDelegate implements JavaDelegate {

  private final CarrierClaimService claims;

  public ExpireCarrierClaimDelegate(CarrierClaimService claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = CarrierClaimProcess.CLAIM_NUMBER.require(execution);
    claims.expired(claimNumber);
  }
}
