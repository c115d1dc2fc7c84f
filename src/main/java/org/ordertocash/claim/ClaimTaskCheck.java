package org.ordertocash.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.BusinessDates;
import org.ordertocash.config.FormAmounts;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the claim tasks (the forms ask the same; this holds for REST callers too):
 * evidence needs a description, an amount above zero and a deadline in the future; a follow-up
 * needs one of the answers, PAID with the amount received, REJECTED with the carrier's reason;
 * accepting a claim's loss needs a note.
 */
@Component("claimTaskCheck")
public class ClaimTaskCheck implements TaskListener {

  static final Set<String> ANSWERS = Set.of("PAID", "REJECTED", "NO_ANSWER_YET");

  private final Clock clock;

  private final TaskRefusals refusals;

  public ClaimTaskCheck(Clock clock, TaskRefusals refusals) {
    this.refusals = refusals;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case CarrierClaimProcess.RECORD_CLAIM_EVIDENCE -> checkEvidence(task);
      case CarrierClaimProcess.FOLLOW_UP_CLAIM -> checkFollowUp(task);
      case CarrierClaimProcess.REVIEW_CLAIM_LOSS -> {
        if (blank(task.getVariable(CarrierClaimProcess.LOSS_NOTE.name()))) {
          throw refusals.of("lossNote", "lossNote", CarrierClaimProcess.CLAIM_NUMBER.get(task));
        }
      }
      default -> { }
    }
  }

  private void checkEvidence(DelegateTask task) {
    if (blank(task.getVariable(CarrierClaimProcess.EVIDENCE.name()))) {
      throw refusals.of("evidence", "evidence");
    }
    BigDecimal amount = FormAmounts.decimal(CarrierClaimProcess.CLAIM_AMOUNT.get(task));
    if (amount == null || amount.signum() <= 0) {
      throw refusals.of("claimAmount", "claimAmount");
    }
    Object deadline = CarrierClaimProcess.CLAIM_DEADLINE.get(task);
    LocalDate date;
    try {
      date = blank(deadline) ? null : LocalDate.parse(deadline.toString());
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null || !date.isAfter(LocalDate.now(clock))) {
      throw refusals.of("claimDeadline", "claimDeadline");
    }
    if (!BusinessDates.withinHorizon(date, LocalDate.now(clock))) {
      throw refusals.of("claimDeadline", "beyondHorizon", BusinessDates.YEARS_AHEAD);
    }
  }

  private void checkFollowUp(DelegateTask task) {
    Object answer = CarrierClaimProcess.CARRIER_ANSWER.get(task);
    if (answer == null || !ANSWERS.contains(answer.toString())) {
      throw refusals.of("carrierAnswer", "carrierAnswer");
    }
    if ("PAID".equals(answer)) {
      BigDecimal received = FormAmounts.decimal(CarrierClaimProcess.AMOUNT_RECEIVED.get(task));
      if (received == null || received.signum() <= 0) {
        throw refusals.of("amountReceived", "amountReceived");
      }
    }
    if ("REJECTED".equals(answer) && blank(task.getVariable(CarrierClaimProcess.REJECTION_REASON.name()))) {
      throw refusals.of("rejectionReason", "rejectionReason");
    }
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
