package org.ordertocash.contract;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/contract-signing.bpmn as far as it is typed yet: its key, the user tasks
 * whose listeners check and record by task, and the contract's number. (The terms' variables are
 * read by {@link ContractVariables}.)
 */
public final class ContractSigningProcess {

  public static final String KEY = "contract-signing";

  public static final String DRAFT_CONTRACT = "Task_DraftContract";
  public static final String AMEND_CONTRACT = "Task_AmendContract";
  public static final String HANDLE_EXPIRED_CONTRACT = "Task_HandleExpiredContract";
  public static final String REVIEW_LEGAL = "Task_ReviewLegal";
  public static final String REVIEW_RISK = "Task_ReviewRisk";
  public static final String SIGN_OFF_CONTRACT = "Task_SignOffContract";
  public static final String SIGN_INTERNALLY = "Task_SignInternally";

  public static final ProcessVariable<String> CONTRACT_NUMBER =
      ProcessVariable.of(ContractVariables.CONTRACT_NUMBER, String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of(DRAFT_CONTRACT, AMEND_CONTRACT, HANDLE_EXPIRED_CONTRACT, REVIEW_LEGAL, REVIEW_RISK, SIGN_OFF_CONTRACT,
          SIGN_INTERNALLY),
      Set.of(), Set.of(), List.of(CONTRACT_NUMBER));

  private ContractSigningProcess() {}
}
