package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Credits a cancelled order's invoices (a prepayment invoice) in full, so that nothing stays open
 * and what the customer paid becomes credit to refund (a save point: the credit notes are mailed).
 */
@Component
public class CreditCancelledOrderDelegate implements JavaDelegate {

  private final CreditNotes creditNotes;

  public CreditCancelledOrderDelegate(CreditNotes creditNotes) {
    this.creditNotes = creditNotes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    creditNotes.creditCancelledOrder(CollectionProcess.ORDER_NUMBER.require(execution), Actor.SYSTEM);
  }
}
