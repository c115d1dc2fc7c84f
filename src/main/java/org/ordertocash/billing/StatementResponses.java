package org.ordertocash.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.config.Labels;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.DomainException;
import org.ordertocash.config.Money;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements issued to customers and their answers: a customer confirms the balance or disputes
 * it; a dispute starts finance's task (statement-dispute.bpmn), whose outcome is recorded here.
 */
@Service
public class StatementResponses {

  static final String CONFIRMED = "CONFIRMED";
  static final String DISPUTED = "DISPUTED";
  static final Set<String> RESPONSES = Set.of(CONFIRMED, DISPUTED);
  static final Set<String> RESOLUTIONS = Set.of(StatementDisputeProcess.CORRECTED, StatementDisputeProcess.EXPLAINED);

  private final IssuedStatementRepository issued;
  private final Statements statements;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Clock clock;
  private final OrderToCashProperties properties;

  StatementResponses(IssuedStatementRepository issued, Statements statements, RuntimeService runtime,
      AsSystem asSystem, Clock clock,
      OrderToCashProperties properties) {
    this.properties = properties;
    this.issued = issued;
    this.statements = statements;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  public record Issued(IssuedStatementView statement, boolean created) {}

  /** Issues the customer's statement for the period; the same period again answers the one issued. */
  @Transactional
  public Issued issue(String customerCode, LocalDate from, LocalDate to, String actor) {
    if (from == null || to == null) {
      throw new DomainException.InvalidInput("from", "Name the period: from and to (yyyy-MM-dd)");
    }
    Statement statement = statements.of(customerCode, from, to);
    return issued.findByCustomerCodeAndPeriodFromAndPeriodTo(customerCode, from, to)
        .map(earlier -> new Issued(IssuedStatementView.of(earlier), false))
        .orElseGet(() -> new Issued(IssuedStatementView.of(
            issued.saveAndFlush(new IssuedStatement(statement, actor, clock.instant()))), true));
  }

  @Transactional(readOnly = true)
  public IssuedStatementView get(String customerCode, long id) {
    return IssuedStatementView.of(statement(customerCode, id));
  }

  /** Records the customer's answer, once; a dispute needs the customer's reason and starts finance's task. */
  @Transactional
  public IssuedStatementView respond(String customerCode, long id, String response, String note, String actor) {
    IssuedStatement statement = statement(customerCode, id);
    if (response == null || !RESPONSES.contains(response)) {
      throw new DomainException.InvalidInput("response", "The response is CONFIRMED or DISPUTED");
    }
    if (note != null && note.length() > 1000 || DISPUTED.equals(response) && (note == null || note.isBlank())) {
      throw new DomainException.InvalidInput("note", "A dispute says what the customer disputes (up to 1000 characters)");
    }
    if (statement.isAnswered()) {
      throw new DomainException.Conflict("Statement " + id + " was answered already: " + statement.getResponse()
          + " by " + statement.getRespondedBy());
    }
    statement.answer(response, note == null ? null : note.strip(), actor, clock.instant());
    if (DISPUTED.equals(response)) {
      startDispute(statement);
    }
    return IssuedStatementView.of(statement);
  }

  /** Finance's resolution of a disputed statement (the dispute process's last step). */
  @Transactional
  public void resolve(long id, String resolution, String note, String actor) {
    IssuedStatement statement = issued.findById(id)
        .orElseThrow(() -> new IllegalStateException("No statement " + id));
    statement.resolve(resolution, note, actor, clock.instant());
  }

  private void startDispute(IssuedStatement statement) {
    Labels labels = properties.labels();
    String text = labels.text("task.statement.text", statement.getId(), statement.getCustomerCode(),
        labels.date(statement.getPeriodFrom()), labels.date(statement.getPeriodTo()),
        Money.format(statement.getClosingBalance(), statement.getCurrency()));
    asSystem.run(() -> runtime.startProcessInstanceByKey(StatementDisputeProcess.KEY, "STATEMENT-" + statement.getId(),
        Map.of(StatementDisputeProcess.STATEMENT_ID.name(), statement.getId(),
            StatementDisputeProcess.STATEMENT_TEXT.name(), text,
            StatementDisputeProcess.CUSTOMER_NOTE.name(), statement.getResponseNote())));
  }

  private IssuedStatement statement(String customerCode, long id) {
    return issued.findByIdAndCustomerCode(id, customerCode)
        .orElseThrow(() -> new DomainException.NotFound("Customer " + customerCode + " has no statement " + id));
  }
}
