package org.ordertocash.customer;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/credit-limit-increase.bpmn: a credit-limit increase above the configured
 * amount is approved by finance, then by a sales manager (business key = the request's number).
 */
public final class CreditLimitProcess {

  public static final String KEY = "credit-limit-increase";
  public static final String FINANCE = "Task_ApproveCreditLimitFinance";
  public static final String MANAGER = "Task_ApproveCreditLimitManager";
  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";

  public static final ProcessVariable<String> REQUEST_NUMBER = ProcessVariable.of("requestNumber", String.class);
  public static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);
  public static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);
  public static final ProcessVariable<String> CURRENT_LIMIT_TEXT = ProcessVariable.of("currentLimitText", String.class);
  public static final ProcessVariable<String> REQUESTED_LIMIT_TEXT = ProcessVariable.of("requestedLimitText", String.class);
  public static final ProcessVariable<String> REQUEST_REASON = ProcessVariable.of("requestReason", String.class);
  public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.of("requestedBy", String.class);
  // the form's entries, then kept per step
  public static final ProcessVariable<Object> DECISION = ProcessVariable.of("creditLimitDecision", Object.class);
  public static final ProcessVariable<Object> NOTE = ProcessVariable.of("creditLimitNote", Object.class);
  public static final ProcessVariable<String> FINANCE_DECISION = ProcessVariable.of("financeDecision", String.class);
  public static final ProcessVariable<String> FINANCE_NOTE = ProcessVariable.of("financeNote", String.class);
  public static final ProcessVariable<String> FINANCE_DECIDED_BY = ProcessVariable.of("financeDecidedBy", String.class);
  public static final ProcessVariable<String> MANAGER_DECISION = ProcessVariable.of("managerDecision", String.class);
  public static final ProcessVariable<String> MANAGER_NOTE = ProcessVariable.of("managerNote", String.class);
  public static final ProcessVariable<String> MANAGER_DECIDED_BY = ProcessVariable.of("managerDecidedBy", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of(FINANCE, MANAGER, "Task_RaiseCreditLimit", "Task_RecordRefusal", "Event_LimitRaised",
          "Event_IncreaseRefused"),
      Set.of(), Set.of(), List.of(REQUEST_NUMBER, CUSTOMER_CODE, CUSTOMER_NAME, CURRENT_LIMIT_TEXT, REQUESTED_LIMIT_TEXT,
          REQUEST_REASON, REQUESTED_BY, DECISION, NOTE, FINANCE_DECISION, FINANCE_NOTE, FINANCE_DECIDED_BY,
          MANAGER_DECISION, MANAGER_NOTE, MANAGER_DECIDED_BY));

  private CreditLimitProcess() {}
}
