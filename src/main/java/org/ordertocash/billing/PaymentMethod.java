package org.ordertocash.billing;

/** How a customer settled: the ways a Chinese sales organisation is paid. */
public enum PaymentMethod {
  BANK_TRANSFER, CASH, CHEQUE, BANK_ACCEPTANCE_BILL
}
