package org.ordertocash.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.config.FormAmounts;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Records the carrier's payment of the claim. */
@Component
public class RecordClaimPaymentDelegate implements JavaDelegate {

  private final CarrierClaimService claims;

  public RecordClaimPaymentDelegate(CarrierClaimService claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = CarrierClaimProcess.CLAIM_NUMBER.require(execution);
    String user = Actor.current(execution.getProcessEngineServices().getIdentityService());
    claims.paid(claimNumber, FormAmounts.decimal(CarrierClaimProcess.AMOUNT_RECEIVED.get(execution)), user);
  }
}
