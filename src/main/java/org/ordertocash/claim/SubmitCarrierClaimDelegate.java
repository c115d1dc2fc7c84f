package org.ordertocash.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Submits the claim with the evidence, amount, deadline and carrier reference customer service recorded; sets {@code claimDeadlineAt} for the deadline timer. */
@Component
public class SubmitCarrierClaimDelegate implements JavaDelegate {

  private final CarrierClaimService claims;

  public SubmitCarrierClaimDelegate(CarrierClaimService claims) {
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = (String) execution.getVariable("claimNumber");
    String user = Actor.current(execution.getProcessEngineServices().getIdentityService());
    String deadlineAt = claims.submit(claimNumber, (String) execution.getVariable("evidence"),
        ClaimVariables.decimal(execution.getVariable("claimAmount")),
        java.time.LocalDate.parse(execution.getVariable("claimDeadline").toString()),
        (String) execution.getVariable("carrierClaimReference"), user);
    execution.setVariable("claimDeadlineAt", deadlineAt);
  }
}
