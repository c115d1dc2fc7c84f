package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records on the statement how finance resolved the customer's dispute. */
@Component
public class RecordStatementResolutionDelegate implements JavaDelegate {

  private final StatementResponses responses;

  public RecordStatementResolutionDelegate(StatementResponses responses) {
    this.responses = responses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    responses.resolve(StatementDisputeProcess.STATEMENT_ID.require(execution),
        StatementDisputeProcess.RESOLUTION.require(execution),
        StatementDisputeProcess.RESOLUTION_NOTE.require(execution),
        StatementDisputeProcess.RESOLVED_BY.require(execution));
  }
}
