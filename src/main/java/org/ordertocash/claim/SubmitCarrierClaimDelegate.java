package org.ordertocash.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.config.FormAmounts;
import org.ordertocash.config.Money;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Submits the claim with the evidence, amount, deadline and carrier reference customer service recorded; sets {@code claimDeadlineAt} for the deadline timer and {@code claimAmountText} for the later forms. */
@Component
public class SubmitCarrierClaimDelegate implements JavaDelegate {

  private final CarrierClaimService claims;

  public SubmitCarrierClaimDelegate(CarrierClaimService claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = CarrierClaimProcess.CLAIM_NUMBER.require(execution);
    String user = Actor.current(execution.getProcessEngineServices().getIdentityService());
    String deadlineAt = claims.submit(claimNumber, CarrierClaimProcess.EVIDENCE.get(execution),
        FormAmounts.decimal(CarrierClaimProcess.CLAIM_AMOUNT.get(execution)),
        java.time.LocalDate.parse(CarrierClaimProcess.CLAIM_DEADLINE.require(execution).toString()),
        CarrierClaimProcess.CARRIER_CLAIM_REFERENCE.get(execution), user);
    CarrierClaimProcess.CLAIM_DEADLINE_AT.set(execution, deadlineAt);
    ClaimView claim = claims.view(claimNumber);
    CarrierClaimProcess.CLAIM_AMOUNT_TEXT.set(execution, Money.format(claim.claimAmount(), claim.currency()));
  }
}
