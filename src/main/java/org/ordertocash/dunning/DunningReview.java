package org.ordertocash.dunning;

import java.time.Clock;
import java.time.LocalDate;

import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.billing.ReceivableLedger.OpenItem;
import org.ordertocash.config.TimerDates;
import org.ordertocash.customer.CustomerDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where one invoice stands today, as the decision table dunning-levels takes it. */
@Service
class DunningReview {

  private final ReceivableLedger ledger;
  private final CustomerDirectory customers;
  private final Clock clock;

  DunningReview(ReceivableLedger ledger, CustomerDirectory customers, Clock clock) {
    this.ledger = ledger;
    this.customers = customers;
    this.clock = clock;
  }

  record Standing(boolean open, int daysOverdue, double openAmountValue, String customerClass) {}

  /** When the invoice counts as overdue: the moment its due date is over (for the timer). */
  @Transactional(readOnly = true)
  String overdueFrom(String invoiceNumber) {
    return TimerDates.endOfDay(ledger.item(invoiceNumber).dueDate(), clock.getZone());
  }

  @Transactional(readOnly = true)
  Standing look(String invoiceNumber) {
    OpenItem item = ledger.item(invoiceNumber);
    return new Standing(item.isOpen(), DunningLetters.daysOverdue(item.dueDate(), LocalDate.now(clock)),
        item.overdueAmount().doubleValue(), customers.get(item.customerCode()).getValueClass().name());
  }
}
