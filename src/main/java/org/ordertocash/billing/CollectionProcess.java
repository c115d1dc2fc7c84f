package org.ordertocash.billing;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/collection.bpmn: an order's invoicing, the wait for its money and each invoice's
 * dunning, called by order-to-cash once the order is delivered (business key = order number).
 */
public final class CollectionProcess {

  public static final String KEY = "collection";
  /** A payment or a credit note settled (part of) one of the order's invoices: look at what is still open. */
  public static final String OPEN_AMOUNT_REDUCED = "OpenAmountReduced";

  public static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);
  public static final ProcessVariable<List> INVOICE_NUMBERS = ProcessVariable.of("invoiceNumbers", List.class);
  /** The invoices still open once issued, each dunned on its own (a prepayment invoice is paid already). */
  public static final ProcessVariable<List> INVOICES_TO_DUN = ProcessVariable.of("invoicesToDun", List.class);
  public static final ProcessVariable<String> OPEN_AMOUNT = ProcessVariable.of("openAmount", String.class);
  public static final ProcessVariable<Boolean> PAID_IN_FULL = ProcessVariable.of("paidInFull", Boolean.class);
  /** The order is paid to the carrier on delivery (terms CASH_ON_DELIVERY). */
  public static final ProcessVariable<Boolean> CASH_ON_DELIVERY = ProcessVariable.of("cashOnDelivery", Boolean.class);
  /** The carrier collected less than the invoices ask for; the words for finance are in {@link #COD_SUMMARY}. */
  public static final ProcessVariable<Boolean> COD_SHORTFALL = ProcessVariable.of("codShortfall", Boolean.class);
  public static final ProcessVariable<String> COD_SUMMARY = ProcessVariable.of("codSummary", String.class);
  public static final ProcessVariable<String> COD_ACTION = ProcessVariable.of("codShortfallAction", String.class);
  public static final ProcessVariable<String> COD_NOTE = ProcessVariable.of("codShortfallNote", String.class);
  public static final ProcessVariable<String> COD_SETTLED_BY = ProcessVariable.of("codShortfallSettledBy", String.class);
  /** Finance records each invoice's fapiao (one task per invoice, the multi-instance element variable). */
  public static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);
  /** The invoices without a fapiao when collection starts (one restarted after a dishonoured bill may have them). */
  public static final ProcessVariable<List> INVOICES_AWAITING_FAPIAO = ProcessVariable.of("invoicesAwaitingFapiao", List.class);
  public static final ProcessVariable<String> FAPIAO_INVOICE_TEXT = ProcessVariable.of("fapiaoInvoiceText", String.class);
  public static final ProcessVariable<String> FAPIAO_CODE = ProcessVariable.of("fapiaoCode", String.class);
  public static final ProcessVariable<String> FAPIAO_NUMBER = ProcessVariable.of("fapiaoNumber", String.class);
  public static final ProcessVariable<String> FAPIAO_RECORDED_BY = ProcessVariable.of("fapiaoRecordedBy", String.class);
  /** The invoice had its fapiao before finance's task would have been created (recorded through the API). */
  public static final ProcessVariable<Boolean> FAPIAO_ON_FILE = ProcessVariable.of("fapiaoOnFile", Boolean.class);
  /** The fapiao of an invoice was recorded through the API: its task is no longer needed (by local invoiceNumber). */
  public static final String FAPIAO_RECORDED = "FapiaoRecorded";
  /** Nothing is open, and some of it was written off as bad debt. */
  public static final ProcessVariable<Boolean> WRITTEN_OFF = ProcessVariable.of("writtenOff", Boolean.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY,
      Set.of("Task_IssueInvoices", "Task_SendInvoices", "Event_OpenAmountReduced", "Event_OrderPaid",
          "Task_DunInvoices", "Event_OrderWrittenOff", "Task_BookCashCollected", "Task_SettleCodShortfall",
          "Task_CheckFapiaoOnFile", "Task_RecordFapiao", "Task_SaveFapiao"),
      Set.of(OPEN_AMOUNT_REDUCED, FAPIAO_RECORDED), Set.of(), List.of(ORDER_NUMBER, INVOICE_NUMBERS, INVOICES_TO_DUN, OPEN_AMOUNT, PAID_IN_FULL, WRITTEN_OFF,
          CASH_ON_DELIVERY, COD_SHORTFALL, COD_SUMMARY, COD_ACTION, COD_NOTE, COD_SETTLED_BY, INVOICE_NUMBER, INVOICES_AWAITING_FAPIAO,
          FAPIAO_INVOICE_TEXT, FAPIAO_CODE, FAPIAO_NUMBER, FAPIAO_RECORDED_BY, FAPIAO_ON_FILE),
      // written by the steps for whoever looks at a waiting instance (operations, auditors)
      Set.of(INVOICE_NUMBERS, OPEN_AMOUNT))
      .withSavePoints("Task_IssueInvoices", "Task_SendInvoices", "Task_BookCashCollected");

  private CollectionProcess() {}
}
