package org.ordertocash.claim;

import org.ordertocash.shipment.DeliveryProcess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Delivery process: the shipment was lost or damaged. Opens the carrier claim (its own process,
 * so the delivery ends at once and the replacement does not wait for the claim); sets {@code claimNumber}.
 */
@Component
public class OpenCarrierClaimDelegate implements JavaDelegate {

  private final CarrierClaimService claims;

  public OpenCarrierClaimDelegate(CarrierClaimService claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = claims.open(DeliveryProcess.SHIPMENT_NUMBER.require(execution),
        ClaimReason.valueOf(DeliveryProcess.DELIVERY_OUTCOME.require(execution)));
    DeliveryProcess.CLAIM_NUMBER.set(execution, claimNumber);
  }
}
