package org.ordertocash.billing;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/statement-dispute.bpmn: a customer disputes a statement of account;
 * finance looks into it and records whether the account was corrected or explained (business
 * key = "STATEMENT-" + the statement's id).
 */
public final class StatementDisputeProcess {

  public static final String KEY = "statement-dispute";
  public static final String RESOLVE = "Task_ResolveStatementDispute";
  public static final String CORRECTED = "CORRECTED";
  public static final String EXPLAINED = "EXPLAINED";

  public static final ProcessVariable<Long> STATEMENT_ID = ProcessVariable.of("statementId", Long.class);
  public static final ProcessVariable<String> STATEMENT_TEXT = ProcessVariable.of("statementText", String.class);
  public static final ProcessVariable<String> CUSTOMER_NOTE = ProcessVariable.of("customerNote", String.class);
  public static final ProcessVariable<String> RESOLUTION = ProcessVariable.of("statementResolution", String.class);
  public static final ProcessVariable<String> RESOLUTION_NOTE = ProcessVariable.of("statementResolutionNote", String.class);
  public static final ProcessVariable<String> RESOLVED_BY = ProcessVariable.of("statementResolvedBy", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of(RESOLVE, "Task_RecordStatementResolution", "Event_StatementCorrected", "Event_StatementExplained"),
      Set.of(), Set.of(), List.of(STATEMENT_ID, STATEMENT_TEXT, CUSTOMER_NOTE, RESOLUTION, RESOLUTION_NOTE, RESOLVED_BY));

  private StatementDisputeProcess() {}
}
