package org.ordertocash.billing;

import java.util.List;
import java.util.Set;

import org.ordertocash.config.ProcessContract;
import org.ordertocash.config.ProcessVariable;

/**
 * The contract of bpmn/payment-allocation.bpmn: a payment nobody could match waits for finance,
 * who gives it to one of the payer's open invoices or keeps it as the customer's credit
 * (business key = the payment's bank reference).
 */
public final class PaymentAllocationProcess {

  public static final String KEY = "payment-allocation";
  public static final String ALLOCATE_PAYMENT = "Task_AllocatePayment";
  /** The answer that keeps the money as the customer's credit. */
  public static final String KEEP_AS_CREDIT = "CREDIT";

  public static final ProcessVariable<String> BANK_REFERENCE = ProcessVariable.of("bankReference", String.class);
  public static final ProcessVariable<String> PAYER = ProcessVariable.of("payer", String.class);
  public static final ProcessVariable<String> PAYER_NAME = ProcessVariable.of("payerName", String.class);
  public static final ProcessVariable<String> PAYMENT_TEXT = ProcessVariable.of("paymentText", String.class);
  public static final ProcessVariable<Object> OPEN_INVOICES = ProcessVariable.of("openInvoices", Object.class);
  public static final ProcessVariable<String> ALLOCATE_TO = ProcessVariable.of("allocateTo", String.class);
  public static final ProcessVariable<String> ALLOCATED_BY = ProcessVariable.of("allocatedBy", String.class);

  public static final ProcessContract CONTRACT = new ProcessContract(KEY, Set.of(ALLOCATE_PAYMENT, "Task_AllocateToInvoice"),
      Set.of(), Set.of(), List.of(BANK_REFERENCE, PAYER, PAYER_NAME, PAYMENT_TEXT, OPEN_INVOICES, ALLOCATE_TO, ALLOCATED_BY))
      .withSavePoints("Task_AllocateToInvoice");

  private PaymentAllocationProcess() {}
}
