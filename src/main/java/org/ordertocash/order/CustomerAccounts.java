package org.ordertocash.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a customer owes, as the order review needs it for the credit check and the negotiation
 * background. Billing implements it; defining it here keeps billing dependent on orders and not
 * the other way round.
 */
public interface CustomerAccounts {

  Balance balance(String customerCode, LocalDate today);

  /** Open and overdue amounts over all the customer's receivables, and how many were paid in full. */
  record Balance(BigDecimal open, BigDecimal overdue, long invoices, long paidInFull) {}
}
