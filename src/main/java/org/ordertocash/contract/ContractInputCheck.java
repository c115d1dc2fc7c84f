package org.ordertocash.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.BusinessDates;
import org.ordertocash.config.TaskRefusals;
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

  private final TaskRefusals refusals;

  public ContractInputCheck(ContractService contracts, Clock clock, TaskRefusals refusals) {
    this.refusals = refusals;
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
      throw refusals.of("deliveryDate", "deliveryDateInPast", refusals.labels().date(terms.deliveryDate()));
    }
    if (!BusinessDates.withinHorizon(terms.deliveryDate(), LocalDate.now(clock))) {
      throw refusals.of("deliveryDate", "beyondHorizon", BusinessDates.YEARS_AHEAD);
    }
    if (terms.penaltyPercentPerWeek().signum() < 0 || terms.penaltyPercentPerWeek().compareTo(MAX_PENALTY_PER_WEEK) > 0) {
      throw refusals.of("penaltyPercentPerWeek", "weeklyPenalty");
    }
    if (terms.penaltyCapPercent().signum() < 0 || terms.penaltyCapPercent().compareTo(MAX_PENALTY_CAP) > 0) {
      throw refusals.of("penaltyCapPercent", "penaltyCap");
    }
    if (terms.penaltyCapPercent().compareTo(terms.penaltyPercentPerWeek()) < 0) {
      throw refusals.of("penaltyCapPercent", "penaltyCapBelowWeekly");
    }
  }

  private void checkAmendment(DelegateTask task) {
    ContractTerms amended = ContractVariables.terms(task);
    checkTerms(amended);
    Object scope = ContractSigningProcess.AMENDMENT_SCOPE.get(task);
    if (scope == null || !SCOPES.contains(scope.toString())) {
      throw refusals.of("amendmentScope", "amendmentScope");
    }
    if (ContractVariables.blankToNull((String) task.getVariable(ContractSigningProcess.AMENDMENT_NOTE.name())) == null) {
      throw refusals.of("amendmentNote", "amendmentNote");
    }
    ContractTerms current = contracts.contract(ContractSigningProcess.CONTRACT_NUMBER.require(task)).terms();
    if ("legal".equals(scope) && amended.commerciallyDifferentFrom(current)) {
      throw refusals.of("amendmentScope", "commercialAmendment");
    }
    if ("commercial".equals(scope) && amended.legallyDifferentFrom(current)) {
      throw refusals.of("amendmentScope", "legalAmendment");
    }
  }

  private void checkExpiredDecision(DelegateTask task) {
    if ("cancel".equals(ContractSigningProcess.EXPIRED_DECISION.get(task))
        && ContractVariables.blankToNull((String) task.getVariable(ContractSigningProcess.EXPIRED_NOTE.name())) == null) {
      throw refusals.of("expiredNote", "cancelReason");
    }
  }
}
