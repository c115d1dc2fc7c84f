package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.ordertocash.customer.PaymentTerms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of bpmn/negotiation.bpmn: each reads a few variables, calls
 * {@link NegotiationService} and sets a few typed variables.
 */
@Configuration
public class NegotiationDelegates {

  static String actor(DelegateExecution execution) {
    return Actor.current(execution.getProcessEngineServices().getIdentityService());
  }

  static String orderNumber(DelegateExecution execution) {
    return NegotiationProcess.ORDER_NUMBER.require(execution);
  }

  static String quotationNumber(DelegateExecution execution) {
    return NegotiationProcess.QUOTATION_NUMBER.require(execution);
  }

  static int quotationVersion(DelegateExecution execution) {
    return NegotiationProcess.QUOTATION_VERSION.require(execution);
  }

  static BigDecimal decimal(Object value) {
    return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().trim());
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** Opens the negotiation (order IN_NEGOTIATION); the order's lines are the first proposal's start. */
  @Bean
  JavaDelegate startNegotiationDelegate(NegotiationService negotiations, NegotiationTeams teams) {
    return execution -> {
      NegotiationProcess.QUOTATION_LINES.set(execution,
          QuotationLines.toVariable(negotiations.start(orderNumber(execution), actor(execution))));
      NegotiationProcess.TEAM_CANDIDATES.set(execution, teams.candidates());
    };
  }

  @Bean
  JavaDelegate recordPreparationDelegate(NegotiationService negotiations) {
    return execution -> negotiations.prepare(orderNumber(execution), decimal(NegotiationProcess.TARGET_PRICE.get(execution)),
        decimal(NegotiationProcess.BOTTOM_LINE.get(execution)), NegotiationTeams.join(NegotiationProcess.NEGOTIATION_TEAM.get(execution)),
        text(NegotiationProcess.NEGOTIATION_MATERIALS.get(execution)), actor(execution));
  }

  /** The proposal from the form becomes the next quotation version; sets the decision's inputs. */
  @Bean
  JavaDelegate draftQuotationDelegate(NegotiationService negotiations) {
    return execution -> {
      Object terms = NegotiationProcess.PROPOSED_PAYMENT_TERMS.get(execution);
      NegotiationService.Proposal proposal = negotiations.propose(orderNumber(execution),
          QuotationLines.parse(NegotiationProcess.QUOTATION_LINES.get(execution)),
          terms == null || terms.toString().isBlank() ? null : PaymentTerms.valueOf(terms.toString()),
          text(NegotiationProcess.PROPOSAL_NOTE.get(execution)), actor(execution));
      NegotiationProcess.QUOTATION_NUMBER.set(execution, proposal.quotationNumber());
      NegotiationProcess.QUOTATION_VERSION.set(execution, proposal.version());
      NegotiationProcess.QUOTATION_PROPOSED_BY.set(execution, actor(execution));
      NegotiationProcess.MAX_DISCOUNT_PERCENT.set(execution, proposal.maxDiscountPercent().doubleValue());
      NegotiationProcess.QUOTATION_VALUE.set(execution, proposal.value().doubleValue());
      NegotiationProcess.PAYMENT_TERMS_DAYS.set(execution, proposal.paymentTermsDays());
      NegotiationProcess.DEFAULT_PAYMENT_TERMS_DAYS.set(execution, proposal.defaultPaymentTermsDays());
      NegotiationProcess.CUSTOMER_CLASS.set(execution, proposal.customerClass());
      NegotiationProcess.APPROVED_BY.set(execution, "");
      execution.removeVariable(NegotiationProcess.LEGACY_FIRST_APPROVER.name());
      NegotiationProcess.APPROVAL_DECISION.set(execution, null);
    };
  }

  @Bean
  JavaDelegate recordApprovalRouteDelegate(NegotiationService negotiations) {
    return execution -> negotiations.route(quotationNumber(execution), quotationVersion(execution),
        NegotiationProcess.APPROVAL_ROUTE.require(execution), NegotiationProcess.FINANCE_APPROVAL.is(execution, true));
  }

  /**
   * PDF, outbox, SENT; the validity timer waits for quotationExpiresAt. A save point: runs in a
   * job, for whoever released the quotation (the proposer or the last approver).
   */
  @Bean
  JavaDelegate sendQuotationDelegate(NegotiationService negotiations) {
    return execution -> {
      Date expiresAt = negotiations.send(quotationNumber(execution), quotationVersion(execution),
          Actor.orSystem(NegotiationProcess.DECIDED_BY.get(execution)));
      NegotiationProcess.QUOTATION_EXPIRES_AT.set(execution, expiresAt);
    };
  }

  @Bean
  JavaDelegate expireQuotationDelegate(NegotiationService negotiations) {
    return execution -> negotiations.expire(quotationNumber(execution), quotationVersion(execution));
  }

  /** The next version starts from the customer's counter-offer, else from the latest version. */
  @Bean
  JavaDelegate prepareNextRoundDelegate(NegotiationService negotiations) {
    return execution -> {
      NegotiationProcess.QUOTATION_LINES.set(execution,
          QuotationLines.toVariable(negotiations.nextRoundLines(quotationNumber(execution))));
      execution.removeVariable("followUp");
    };
  }

  /** Runs in a job after the answer arrived: acts for the person who recorded the acceptance. */
  @Bean
  JavaDelegate agreeTermsDelegate(NegotiationService negotiations) {
    return execution -> {
      String recordedBy = NegotiationProcess.ANSWER_RECORDED_BY.get(execution);
      negotiations.agree(orderNumber(execution), quotationNumber(execution), quotationVersion(execution),
          recordedBy != null ? recordedBy : actor(execution));
      NegotiationProcess.NEGOTIATION_OUTCOME.set(execution, "AGREED");
    };
  }

  @Bean
  JavaDelegate recordLossDelegate(NegotiationService negotiations) {
    return execution -> {
      negotiations.lose(orderNumber(execution), text(NegotiationProcess.LOST_REASON.get(execution)),
          text(NegotiationProcess.COMPETITOR.get(execution)), actor(execution));
      NegotiationProcess.NEGOTIATION_OUTCOME.set(execution, "LOST");
    };
  }
}
