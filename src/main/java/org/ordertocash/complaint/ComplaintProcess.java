package org.ordertocash.complaint;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/complaint.bpmn (business key = the complaint's number): the SLA table's
 * inputs and outputs, the deadlines, and the decisions of its tasks.
 */
public final class ComplaintProcess {

  public static final String KEY = "complaint";
  public static final String DECISION = "complaint-sla";

  public static final String RESPOND = "Task_RespondToComplaint";
  public static final String RESOLVE = "Task_ResolveComplaint";
  public static final String APPROVE_CREDIT = "Task_ApproveComplaintCredit";

  public static final ProcessVariable<String> COMPLAINT_NUMBER = ProcessVariable.of("complaintNumber", String.class);
  public static final ProcessVariable<String> COMPLAINT_SUMMARY = ProcessVariable.of("complaintSummary", String.class);
  public static final ProcessVariable<String> CATEGORY = ProcessVariable.of("category", String.class);
  public static final ProcessVariable<String> CUSTOMER_CLASS = ProcessVariable.of("customerClass", String.class);
  public static final ProcessVariable<String> FIRST_RESPONSE_WITHIN = ProcessVariable.of("firstResponseWithin", String.class);
  public static final ProcessVariable<String> RESOLVE_WITHIN = ProcessVariable.of("resolveWithin", String.class);
  public static final ProcessVariable<String> FIRST_RESPONSE_BY = ProcessVariable.of("firstResponseBy", String.class);
  public static final ProcessVariable<String> RESOLVE_BY = ProcessVariable.of("resolveBy", String.class);
  // "Respond to complaint" form
  public static final ProcessVariable<Object> FIRST_RESPONSE = ProcessVariable.of("firstResponse", Object.class);
  public static final ProcessVariable<String> RESPONDED_BY = ProcessVariable.of("respondedBy", String.class);
  // "Resolve complaint" form
  public static final ProcessVariable<Object> ROOT_CAUSE = ProcessVariable.of("rootCause", Object.class);
  public static final ProcessVariable<Object> ACTION_TAKEN = ProcessVariable.of("actionTaken", Object.class);
  public static final ProcessVariable<Object> RESOLUTION = ProcessVariable.of("resolution", Object.class);
  public static final ProcessVariable<Object> REMEDY = ProcessVariable.of("remedy", Object.class);
  public static final ProcessVariable<Object> CREDIT_PER_UNIT = ProcessVariable.of("creditPerUnit", Object.class);
  public static final ProcessVariable<String> RESOLVED_BY = ProcessVariable.of("resolvedBy", String.class);
  // "Approve complaint credit" form
  public static final ProcessVariable<String> CREDIT_TEXT = ProcessVariable.of("creditText", String.class);
  public static final ProcessVariable<Object> CREDIT_DECISION = ProcessVariable.of("complaintCreditDecision", Object.class);
  public static final ProcessVariable<String> CREDIT_DECIDED_BY = ProcessVariable.of("creditDecidedBy", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY, Set.of(RESPOND, RESOLVE, APPROVE_CREDIT),
      Set.of(), Set.of(),
      List.of(COMPLAINT_NUMBER, COMPLAINT_SUMMARY, CATEGORY, CUSTOMER_CLASS, FIRST_RESPONSE_WITHIN, RESOLVE_WITHIN,
          FIRST_RESPONSE_BY, RESOLVE_BY, FIRST_RESPONSE, RESPONDED_BY, ROOT_CAUSE, ACTION_TAKEN, RESOLUTION, REMEDY,
          CREDIT_PER_UNIT, RESOLVED_BY, CREDIT_TEXT, CREDIT_DECISION, CREDIT_DECIDED_BY))
      .withSavePoints("Task_AcknowledgeComplaint", "Task_SendFirstResponse", "Task_StartReturn",
          "Task_SendComplaintReplacement", "Task_IssueComplaintCredit", "Task_CloseComplaint");

  private ComplaintProcess() {}
}
