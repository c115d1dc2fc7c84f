package org.ordertocash.claim;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/carrier-claim.bpmn as far as it is typed yet: its key, the user tasks
 * {@link ClaimTaskCheck} checks by task, and the variables it reads there.
 */
public final class CarrierClaimProcess {

  public static final String KEY = "carrier-claim";

  public static final String RECORD_CLAIM_EVIDENCE = "Task_RecordClaimEvidence";
  public static final String FOLLOW_UP_CLAIM = "Task_FollowUpClaim";
  public static final String REVIEW_CLAIM_LOSS = "Task_ReviewClaimLoss";

  public static final ProcessVariable<String> CLAIM_NUMBER = ProcessVariable.of("claimNumber", String.class);
  public static final ProcessVariable<String> LOSS_NOTE = ProcessVariable.of("lossNote", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of(RECORD_CLAIM_EVIDENCE, FOLLOW_UP_CLAIM, REVIEW_CLAIM_LOSS), Set.of(), Set.of(),
      List.of(CLAIM_NUMBER, LOSS_NOTE));

  private CarrierClaimProcess() {}
}
