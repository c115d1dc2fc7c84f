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
  /** Starts a claim: delivery's "Open carrier claim" sends it, the claim's start event receives it. */
  public static final String REQUESTED_MESSAGE = "CarrierClaimRequested";

  public static final String RECORD_CLAIM_EVIDENCE = "Task_RecordClaimEvidence";
  public static final String FOLLOW_UP_CLAIM = "Task_FollowUpClaim";
  public static final String REVIEW_CLAIM_LOSS = "Task_ReviewClaimLoss";

  public static final ProcessVariable<String> CLAIM_NUMBER = ProcessVariable.of("claimNumber", String.class);
  public static final ProcessVariable<String> LOSS_NOTE = ProcessVariable.of("lossNote", String.class);
  // "Record claim evidence" form (checked raw by ClaimTaskCheck)
  public static final ProcessVariable<String> EVIDENCE = ProcessVariable.of("evidence", String.class);
  public static final ProcessVariable<Object> CLAIM_AMOUNT = ProcessVariable.of("claimAmount", Object.class);
  public static final ProcessVariable<Object> CLAIM_DEADLINE = ProcessVariable.of("claimDeadline", Object.class);
  public static final ProcessVariable<String> CARRIER_CLAIM_REFERENCE =
      ProcessVariable.of("carrierClaimReference", String.class);
  /** The claimed amount as the follow-up forms show it (¥1,234.00). */
  public static final ProcessVariable<String> CLAIM_AMOUNT_TEXT = ProcessVariable.of("claimAmountText", String.class);
  /** ISO date-time the deadline timer waits for. */
  public static final ProcessVariable<String> CLAIM_DEADLINE_AT = ProcessVariable.of("claimDeadlineAt", String.class);
  // "Follow up claim" form
  public static final ProcessVariable<Object> CARRIER_ANSWER = ProcessVariable.of("carrierAnswer", Object.class);
  public static final ProcessVariable<Object> AMOUNT_RECEIVED = ProcessVariable.of("amountReceived", Object.class);
  public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.of("rejectionReason", String.class);
  public static final ProcessVariable<String> FOLLOW_UP_NOTE = ProcessVariable.of("followUpNote", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of(RECORD_CLAIM_EVIDENCE, FOLLOW_UP_CLAIM, REVIEW_CLAIM_LOSS), Set.of(REQUESTED_MESSAGE), Set.of(),
      List.of(CLAIM_NUMBER, LOSS_NOTE, EVIDENCE, CLAIM_AMOUNT, CLAIM_DEADLINE, CARRIER_CLAIM_REFERENCE, CLAIM_AMOUNT_TEXT, CLAIM_DEADLINE_AT,
          CARRIER_ANSWER, AMOUNT_RECEIVED, REJECTION_REASON, FOLLOW_UP_NOTE));

  private CarrierClaimProcess() {}
}
