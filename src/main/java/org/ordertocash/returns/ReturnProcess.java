package org.ordertocash.returns;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/return.bpmn (business key = order number): the eligibility decision's
 * inputs and outputs, the tasks' decisions, and what the steps pass on.
 */
public final class ReturnProcess {

  public static final String KEY = "return";
  public static final String DECISION = "return-eligibility";

  public static final String REVIEW_RETURN = "Task_ReviewReturn";
  public static final String INSPECT_GOODS = "Task_InspectGoods";
  public static final String REFUND_CUSTOMER = "Task_RefundCustomer";

  public static final ProcessVariable<String> RETURN_NUMBER = ProcessVariable.of("returnNumber", String.class);
  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);
  public static final ProcessVariable<String> RETURN_SUMMARY = ProcessVariable.of("returnSummary", String.class);
  // the decision's inputs
  public static final ProcessVariable<Integer> DAYS_SINCE_DELIVERY = ProcessVariable.of("daysSinceDelivery", Integer.class);
  public static final ProcessVariable<Integer> DAYS_PAST_WINDOW = ProcessVariable.of("daysPastWindow", Integer.class);
  public static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);
  public static final ProcessVariable<String> CATEGORY = ProcessVariable.of("category", String.class);
  public static final ProcessVariable<String> CUSTOMER_CLASS = ProcessVariable.of("customerClass", String.class);
  public static final ProcessVariable<String> WISH = ProcessVariable.of("wish", String.class);
  // the decision's outputs
  public static final ProcessVariable<String> ELIGIBILITY = ProcessVariable.of("eligibility", String.class);
  public static final ProcessVariable<String> ELIGIBILITY_REASON = ProcessVariable.of("eligibilityReason", String.class);
  // "Review return request" form
  public static final ProcessVariable<Object> RETURN_DECISION = ProcessVariable.of("returnDecision", Object.class);
  public static final ProcessVariable<Object> RETURN_DECISION_NOTE = ProcessVariable.of("returnDecisionNote", Object.class);
  public static final ProcessVariable<String> DECIDED_BY = ProcessVariable.of("returnDecidedBy", String.class);
  // the RMA and the goods
  public static final ProcessVariable<String> RMA_NUMBER = ProcessVariable.of("rmaNumber", String.class);
  public static final ProcessVariable<String> RECEIVE_BY = ProcessVariable.of("receiveBy", String.class);
  // "Receive and inspect returned goods" form
  public static final ProcessVariable<Object> GOODS_CONDITION = ProcessVariable.of("goodsCondition", Object.class);
  public static final ProcessVariable<Object> INSPECTION_NOTES = ProcessVariable.of("inspectionNotes", Object.class);
  public static final ProcessVariable<Object> DISPOSITION = ProcessVariable.of("disposition", Object.class);
  public static final ProcessVariable<String> INSPECTED_BY = ProcessVariable.of("inspectedBy", String.class);
  // settlement
  public static final ProcessVariable<Boolean> REFUND_OWED = ProcessVariable.of("refundOwed", Boolean.class);
  public static final ProcessVariable<String> REFUND_TEXT = ProcessVariable.of("refundText", String.class);
  public static final ProcessVariable<String> EXCHANGE_DIFFERENCE = ProcessVariable.of("exchangeDifference", String.class);
  // "Refund customer" form
  public static final ProcessVariable<Object> REFUND_DECISION = ProcessVariable.of("refundDecision", Object.class);
  public static final ProcessVariable<Object> REFUND_BANK_REFERENCE = ProcessVariable.of("refundBankReference", Object.class);
  public static final ProcessVariable<String> REFUNDED_BY = ProcessVariable.of("refundedBy", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of(REVIEW_RETURN, INSPECT_GOODS, REFUND_CUSTOMER), Set.of(), Set.of(),
      List.of(RETURN_NUMBER, ORDER_NUMBER, RETURN_SUMMARY, DAYS_SINCE_DELIVERY, DAYS_PAST_WINDOW, REASON, CATEGORY,
          CUSTOMER_CLASS, WISH, ELIGIBILITY, ELIGIBILITY_REASON, RETURN_DECISION, RETURN_DECISION_NOTE, DECIDED_BY,
          RMA_NUMBER, RECEIVE_BY, GOODS_CONDITION, INSPECTION_NOTES, DISPOSITION, INSPECTED_BY, REFUND_OWED,
          REFUND_TEXT, EXCHANGE_DIFFERENCE, REFUND_DECISION, REFUND_BANK_REFERENCE, REFUNDED_BY))
      .withSavePoints("Task_RejectReturn", "Task_IssueRma", "Task_CloseRma", "Task_Restock", "Task_ShipRepairedGoods",
          "Task_CreditReturn", "Task_BookRefund", "Task_SendReplacement", "Task_SendExchange", "Task_InvoiceDifference",
          "Task_CreditDifference", "Task_CloseReturn");

  private ReturnProcess() {}
}
