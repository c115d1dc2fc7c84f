package org.ordertocash.dunning;

import java.util.List;
import java.util.Set;

import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/dunning.bpmn: one overdue invoice's dunning, called by collection for each
 * invoice (business key = order number; variables orderNumber and invoiceNumber).
 */
public final class DunningProcess {

  public static final String KEY = "dunning";
  /** Finance recorded the customer's promise to pay (variables promisedBy, promisedAmount, promiseRecordedBy). */
  public static final String PROMISE_TO_PAY = "PromiseToPay";
  /** The customer objects to the invoice (variables disputeReason, disputeRaisedBy). */
  public static final String DISPUTED = "DunningDisputed";
  /** The element dunning rests at between reviews, where promises and disputes are received. */
  public static final String WAIT = "Gateway_Wait";

  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);
  public static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);
  /** When the invoice counts as overdue: the start of the day after its due date (timer format). */
  public static final ProcessVariable<String> OVERDUE_FROM = ProcessVariable.of("overdueFrom", String.class);
  public static final ProcessVariable<Boolean> STILL_OPEN = ProcessVariable.of("stillOpen", Boolean.class);
  public static final ProcessVariable<Integer> DAYS_OVERDUE = ProcessVariable.of("daysOverdue", Integer.class);
  /** The open amount for the decision table's comparisons only; money itself stays BigDecimal. */
  public static final ProcessVariable<Double> OPEN_AMOUNT_VALUE = ProcessVariable.of("openAmountValue", Double.class);
  public static final ProcessVariable<String> CUSTOMER_CLASS = ProcessVariable.of("customerClass", String.class);
  public static final ProcessVariable<Integer> LEVEL = ProcessVariable.of("level", Integer.class);
  public static final ProcessVariable<Double> FEE = ProcessVariable.of("fee", Double.class);
  public static final ProcessVariable<Double> INTEREST_RATE = ProcessVariable.of("interestRate", Double.class);
  /** The letter's text from the dunning-levels table, in English and in Chinese (the customer's language picks one). */
  public static final ProcessVariable<String> WORDING = ProcessVariable.of("wording", String.class);
  public static final ProcessVariable<String> WORDING_ZH = ProcessVariable.of("wordingZh", String.class);
  public static final ProcessVariable<Boolean> COLLECTOR_CALL = ProcessVariable.of("collectorCall", Boolean.class);
  public static final ProcessVariable<Boolean> CREDIT_BLOCK = ProcessVariable.of("creditBlock", Boolean.class);
  public static final ProcessVariable<Boolean> HAND_OVER = ProcessVariable.of("handOver", Boolean.class);
  /** The level of the last letter sent; 0 before the first. */
  public static final ProcessVariable<Integer> DUNNING_LEVEL = ProcessVariable.of("dunningLevel", Integer.class);
  public static final ProcessVariable<String> CALL_OUTCOME = ProcessVariable.of("callOutcome", String.class);
  public static final ProcessVariable<String> CALL_NOTE = ProcessVariable.of("callNote", String.class);
  /** A promised date, yyyy-MM-dd, from the call form or the promise request. */
  public static final ProcessVariable<String> PROMISED_BY = ProcessVariable.of("promisedBy", String.class);
  /** A promised amount as the form or request gave it (a number or a decimal text). */
  public static final ProcessVariable<Object> PROMISED_AMOUNT = ProcessVariable.of("promisedAmount", Object.class);
  public static final ProcessVariable<String> PROMISE_RECORDED_BY = ProcessVariable.of("promiseRecordedBy", String.class);
  public static final ProcessVariable<String> PROMISE_CHECK_AT = ProcessVariable.of("promiseCheckAt", String.class);
  public static final ProcessVariable<Long> PROMISE_ID = ProcessVariable.of("promiseId", Long.class);
  public static final ProcessVariable<Boolean> PROMISE_KEPT = ProcessVariable.of("promiseKept", Boolean.class);
  public static final ProcessVariable<String> DISPUTE_REASON = ProcessVariable.of("disputeReason", String.class);
  public static final ProcessVariable<String> DISPUTE_RAISED_BY = ProcessVariable.of("disputeRaisedBy", String.class);
  public static final ProcessVariable<String> DISPUTE_OUTCOME = ProcessVariable.of("disputeOutcome", String.class);
  public static final ProcessVariable<String> DISPUTE_RESOLUTION = ProcessVariable.of("disputeResolution", String.class);
  public static final ProcessVariable<String> WRITE_OFF_DECISION = ProcessVariable.of("writeOffDecision", String.class);
  public static final ProcessVariable<String> WRITE_OFF_REASON = ProcessVariable.of("writeOffReason", String.class);
  public static final ProcessVariable<String> WRITE_OFF_APPROVED_BY = ProcessVariable.of("writeOffApprovedBy", String.class);
  public static final ProcessVariable<String> WRITE_OFF_CONFIRMATION = ProcessVariable.of("writeOffConfirmation", String.class);
  public static final ProcessVariable<String> WRITE_OFF_CONFIRMED_BY = ProcessVariable.of("writeOffConfirmedBy", String.class);

  public static final String PROMISED = "PROMISED";
  public static final String DISPUTED_ON_CALL = "DISPUTED";
  public static final String NO_PROMISE = "NO_PROMISE";
  public static final String UPHELD = "UPHELD";
  public static final String UNFOUNDED = "UNFOUNDED";
  public static final String WRITE_OFF = "WRITE_OFF";
  public static final String KEEP_OPEN = "KEEP_OPEN";

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of("Event_DueDatePassed", "Task_SendLetter", "Task_CallCustomer", "Task_ResolveDispute",
          "Task_ApproveWriteOff", "Task_ConfirmWriteOff", "Task_BookWriteOff", WAIT, "Event_NextReview",
          "Event_PromisedDatePassed", "Event_WrittenOff", "Event_DunningEnded", "Event_DisputeUpheld"),
      Set.of(ReceivableLedger.SETTLED, PROMISE_TO_PAY, DISPUTED), Set.of(),
      List.of(ORDER_NUMBER, INVOICE_NUMBER, OVERDUE_FROM, STILL_OPEN, DAYS_OVERDUE, OPEN_AMOUNT_VALUE,
          CUSTOMER_CLASS, LEVEL, FEE, INTEREST_RATE, WORDING, WORDING_ZH, COLLECTOR_CALL, CREDIT_BLOCK, HAND_OVER, DUNNING_LEVEL,
          CALL_OUTCOME, CALL_NOTE, PROMISED_BY, PROMISED_AMOUNT, PROMISE_RECORDED_BY, PROMISE_CHECK_AT, PROMISE_ID,
          PROMISE_KEPT, DISPUTE_REASON, DISPUTE_RAISED_BY, DISPUTE_OUTCOME, DISPUTE_RESOLUTION, WRITE_OFF_DECISION,
          WRITE_OFF_REASON, WRITE_OFF_APPROVED_BY, WRITE_OFF_CONFIRMATION, WRITE_OFF_CONFIRMED_BY),
      // passed between Java steps and the requests that send the messages
      Set.of(PROMISE_RECORDED_BY, PROMISE_ID, DISPUTE_RAISED_BY))
      .withSavePoints("Task_SendLetter", "Task_BookWriteOff");

  private DunningProcess() {}
}
