package org.ordertocash.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.BusinessDates;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Checks what sales submits on completing "Draft contract", "Amend contract" and "Contract
 * expired" (complete listener); a refusal keeps the task open and tells the user why.
 *
 * <ul>
 *   <li>Terms: delivery date not in the past, penalty 0-5 % per week, cap 0-20 % and at least
 *       the weekly penalty.
 *   <li>Amendment: a scope and a note; the scope must cover what actually changed (commercial
 *       terms changed → "commercial" or "both"; special clauses changed → "legal" or "both"), so
 *       no affected review is skipped.
 *   <li>Expired: cancelling needs a reason (it goes to the customer).
 * </ul>
 */
@Component("contractInputCheck")
public class ContractInputCheck implements TaskListener {

  static final BigDecimal MAX_PENALTY_PER_WEEK = new BigDecimal("5");
  static final BigDecimal MAX_PENALTY_CAP = new BigDecimal("20");
  static final Set<String> SCOPES = Set.of("legal", "commercial", "both");

  private final ContractService contracts;
  private final Clock clock;

  public ContractInputCheck(ContractService contracts, Clock clock) {
    this.contracts = contracts;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case ContractSigningProcess.DRAFT_CONTRACT -> checkTerms(ContractVariables.terms(task));
      case ContractSigningProcess.AMEND_CONTRACT -> checkAmendment(task);
      case ContractSigningProcess.HANDLE_EXPIRED_CONTRACT -> checkExpiredDecision(task);
      default -> throw new IllegalStateException("contractInputCheck is not meant for " + task.getTaskDefinitionKey());
    }
  }

  void checkTerms(ContractTerms terms) {
    if (terms.deliveryDate().isBefore(LocalDate.now(clock))) {
      throw TaskRefusal.of("deliveryDate", "The delivery date " + terms.deliveryDate() + " is in the past");
    }
    if (!BusinessDates.withinHorizon(terms.deliveryDate(), LocalDate.now(clock))) {
      throw TaskRefusal.of("deliveryDate", BusinessDates.beyondHorizon("The delivery date"));
    }
    if (terms.penaltyPercentPerWeek().signum() < 0 || terms.penaltyPercentPerWeek().compareTo(MAX_PENALTY_PER_WEEK) > 0) {
      throw TaskRefusal.of("penaltyPercentPerWeek", "The weekly penalty must be between 0 and 5 %");
    }
    if (terms.penaltyCapPercent().signum() < 0 || terms.penaltyCapPercent().compareTo(MAX_PENALTY_CAP) > 0) {
      throw TaskRefusal.of("penaltyCapPercent", "The penalty cap must be between 0 and 20 %");
    }
    if (terms.penaltyCapPercent().compareTo(terms.penaltyPercentPerWeek()) < 0) {
      throw TaskRefusal.of("penaltyCapPercent", "The penalty cap must be at least the weekly penalty");
    }
  }

  private void checkAmendment(DelegateTask task) {
    ContractTerms amended = ContractVariables.terms(task);
    checkTerms(amended);
    Object scope = ContractSigningProcess.AMENDMENT_SCOPE.get(task);
    if (scope == null || !SCOPES.contains(scope.toString())) {
      throw TaskRefusal.of("amendmentScope", "Say what the amendment changes: legal, commercial or both");
    }
    if (ContractVariables.blankToNull((String) task.getVariable(ContractSigningProcess.AMENDMENT_NOTE.name())) == null) {
      throw TaskRefusal.of("amendmentNote", "Say what changed; it is recorded with the new version");
    }
    ContractTerms current = contracts.contract(ContractSigningProcess.CONTRACT_NUMBER.require(task)).terms();
    if ("legal".equals(scope) && amended.commerciallyDifferentFrom(current)) {
      throw TaskRefusal.of("amendmentScope",
          "Payment terms, delivery date or penalty changed: that is a commercial amendment (finance reviews again)");
    }
    if ("commercial".equals(scope) && amended.legallyDifferentFrom(current)) {
      throw TaskRefusal.of("amendmentScope", "The special clauses changed: that is a legal amendment (legal reviews again)");
    }
  }

  private void checkExpiredDecision(DelegateTask task) {
    if ("cancel".equals(ContractSigningProcess.EXPIRED_DECISION.get(task))
        && ContractVariables.blankToNull((String) task.getVariable(ContractSigningProcess.EXPIRED_NOTE.name())) == null) {
      throw TaskRefusal.of("expiredNote", "Give the reason for the cancellation; the customer is told");
    }
  }
}
