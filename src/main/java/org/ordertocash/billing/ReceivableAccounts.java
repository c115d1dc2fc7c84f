package org.ordertocash.billing;

import java.time.LocalDate;

import org.ordertocash.order.CustomerAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Customers' balances from their receivables. */
@Component
class ReceivableAccounts implements CustomerAccounts {

  private final ReceivableRepository receivables;

  ReceivableAccounts(ReceivableRepository receivables) {
    this.receivables = receivables;
  }

  @Override
  @Transactional(readOnly = true)
  public Balance balance(String customerCode, LocalDate today) {
    return new Balance(receivables.sumOpenAmount(customerCode), receivables.sumOverdue(customerCode, today),
        receivables.countInvoices(customerCode), receivables.countPaidInFull(customerCode));
  }
}
