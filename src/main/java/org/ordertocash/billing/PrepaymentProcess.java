package org.ordertocash.billing;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/prepayment.bpmn: an order paid in advance (terms PREPAID) is invoiced
 * before it ships, the customer is reminded once, and the order ships when the invoice is paid or
 * is cancelled when it is still unpaid at the deadline. Called by order-to-cash (business key =
 * order number); payments wake it with collection's {@link CollectionProcess#OPEN_AMOUNT_REDUCED}.
 */
public final class PrepaymentProcess {

  public static final String KEY = "prepayment";

  public static final ProcessVariable<String> ORDER_NUMBER = CollectionProcess.ORDER_NUMBER;
  public static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);
  /** When the customer is reminded and when the order is cancelled unpaid (ISO date-times, for the timers). */
  public static final ProcessVariable<String> REMIND_AT = ProcessVariable.of("prepaymentReminderAt", String.class);
  public static final ProcessVariable<String> DEADLINE = ProcessVariable.of("prepaymentDeadline", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of("Task_IssuePrepaymentInvoice", "Task_SendPrepaymentInvoice", "Task_SendPrepaymentReminder",
          "Event_Prepaid", "Event_PrepaymentNotReceived", "Event_PaymentReceived"),
      Set.of(CollectionProcess.OPEN_AMOUNT_REDUCED), Set.of(),
      List.of(ORDER_NUMBER, INVOICE_NUMBER, REMIND_AT, DEADLINE, CollectionProcess.OPEN_AMOUNT,
          CollectionProcess.PAID_IN_FULL),
      // written for whoever looks at a waiting instance
      Set.of(INVOICE_NUMBER, CollectionProcess.OPEN_AMOUNT))
      .withSavePoints("Task_IssuePrepaymentInvoice", "Task_SendPrepaymentInvoice", "Task_SendPrepaymentReminder");

  private PrepaymentProcess() {}
}
