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
    return (String) execution.getVariable("orderNumber");
  }

  static String quotationNumber(DelegateExecution execution) {
    return (String) execution.getVariable("quotationNumber");
  }

  static int quotationVersion(DelegateExecution execution) {
    return ((Number) execution.getVariable("quotationVersion")).intValue();
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
      execution.setVariable("quotationLines",
          QuotationLines.toVariable(negotiations.start(orderNumber(execution), actor(execution))));
      execution.setVariable("teamCandidates", teams.candidates());
    };
  }

  @Bean
  JavaDelegate recordPreparationDelegate(NegotiationService negotiations) {
    return execution -> negotiations.prepare(orderNumber(execution), decimal(execution.getVariable("targetPrice")),
        decimal(execution.getVariable("bottomLine")), NegotiationTeams.join(execution.getVariable("negotiationTeam")),
        text(execution.getVariable("negotiationMaterials")), actor(execution));
  }

  /** The proposal from the form becomes the next quotation version; sets the decision's inputs. */
  @Bean
  JavaDelegate draftQuotationDelegate(NegotiationService negotiations) {
    return execution -> {
      Object terms = execution.getVariable("proposedPaymentTerms");
      NegotiationService.Proposal proposal = negotiations.propose(orderNumber(execution),
          QuotationLines.parse(execution.getVariable("quotationLines")),
          terms == null || terms.toString().isBlank() ? null : PaymentTerms.valueOf(terms.toString()),
          text(execution.getVariable("proposalNote")), actor(execution));
      execution.setVariable("quotationNumber", proposal.quotationNumber());
      execution.setVariable("quotationVersion", proposal.version());
      execution.setVariable("quotationProposedBy", actor(execution));
      execution.setVariable("maxDiscountPercent", proposal.maxDiscountPercent().doubleValue());
      execution.setVariable("quotationValue", proposal.value().doubleValue());
      execution.setVariable("paymentTermsDays", proposal.paymentTermsDays());
      execution.setVariable("defaultPaymentTermsDays", proposal.defaultPaymentTermsDays());
      execution.setVariable("customerClass", proposal.customerClass());
      execution.removeVariable("firstApprover");
    };
  }

  @Bean
  JavaDelegate recordApprovalRouteDelegate(NegotiationService negotiations) {
    return execution -> negotiations.route(quotationNumber(execution), quotationVersion(execution),
        (String) execution.getVariable("approvalRoute"), Boolean.TRUE.equals(execution.getVariable("financeApproval")));
  }

  /** PDF, outbox, SENT; the validity timer waits for quotationExpiresAt. */
  @Bean
  JavaDelegate sendQuotationDelegate(NegotiationService negotiations) {
    return execution -> {
      Date expiresAt = negotiations.send(quotationNumber(execution), quotationVersion(execution), actor(execution));
      execution.setVariable("quotationExpiresAt", expiresAt);
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
      execution.setVariable("quotationLines",
          QuotationLines.toVariable(negotiations.nextRoundLines(quotationNumber(execution))));
      execution.removeVariable("followUp");
    };
  }

  /** Runs in a job after the answer arrived: acts for the person who recorded the acceptance. */
  @Bean
  JavaDelegate agreeTermsDelegate(NegotiationService negotiations) {
    return execution -> {
      Object recordedBy = execution.getVariable("answerRecordedBy");
      negotiations.agree(orderNumber(execution), quotationNumber(execution), quotationVersion(execution),
          recordedBy != null ? recordedBy.toString() : actor(execution));
      execution.setVariable("negotiationOutcome", "AGREED");
    };
  }

  @Bean
  JavaDelegate recordLossDelegate(NegotiationService negotiations) {
    return execution -> {
      negotiations.lose(orderNumber(execution), text(execution.getVariable("lostReason")),
          text(execution.getVariable("competitor")), actor(execution));
      execution.setVariable("negotiationOutcome", "LOST");
    };
  }
}
