package org.ordertocash.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.billing.ReceivableLedger;
import org.springframework.stereotype.Component;

/** Books the write-off finance approved and a sales manager confirmed (a save point). */
@Component
public class BookWriteOffDelegate implements JavaDelegate {

  private final ReceivableLedger ledger;

  public BookWriteOffDelegate(ReceivableLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.writeOff(DunningProcess.INVOICE_NUMBER.require(execution),
        DunningProcess.WRITE_OFF_REASON.require(execution),
        DunningProcess.WRITE_OFF_APPROVED_BY.require(execution),
        DunningProcess.WRITE_OFF_CONFIRMED_BY.require(execution));
  }
}
