package org.ordertocash.order;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/** The contract of bpmn/order-to-cash.bpmn, the umbrella process of one order (business key = order number). */
public final class OrderToCashProcess {

  public static final String KEY = "order-to-cash";
  /** Cancels the order wherever it is (the interrupting event sub-process "Cancellation"). */
  public static final String CANCEL_MESSAGE = "CancelOrder";

  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);
  public static final ProcessVariable<String> ENTERED_BY = ProcessVariable.of("enteredBy", String.class);
  public static final ProcessVariable<String> CANCEL_REASON = ProcessVariable.of("cancelReason", String.class);
  public static final ProcessVariable<String> CANCELLED_BY = ProcessVariable.of("cancelledBy", String.class);
  /** The order's payment terms when it is ready to ship; PREPAID orders are paid before they ship. */
  public static final ProcessVariable<String> PAYMENT_TERMS = ProcessVariable.of("paymentTerms", String.class);
  /** Out of the prepayment process: the invoice was paid before its deadline. */
  public static final ProcessVariable<Boolean> PREPAID = ProcessVariable.of("prepaid", Boolean.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of("Task_LookUpPaymentTerms", "Task_CallPrepayment", "Task_CreditUnpaidOrder", "Task_CreditCancelledOrder",
          "Task_CreditOrderCancelledInShipment"),
      Set.of(CANCEL_MESSAGE), Set.of(),
      List.of(ORDER_NUMBER, ENTERED_BY, CANCEL_REASON, CANCELLED_BY, PAYMENT_TERMS, PREPAID))
      .withSavePoints("Task_CreditUnpaidOrder", "Task_CreditCancelledOrder", "Task_CreditOrderCancelledInShipment",
          "Task_SendDeliverySurvey");

  private OrderToCashProcess() {}
}
