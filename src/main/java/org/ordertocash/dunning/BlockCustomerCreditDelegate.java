package org.ordertocash.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Blocks the customer's credit because of this overdue invoice (unless blocked already). */
@Component
public class BlockCustomerCreditDelegate implements JavaDelegate {

  private final CustomerCreditBlocks blocks;
  private final ReceivableLedger ledger;

  public BlockCustomerCreditDelegate(CustomerCreditBlocks blocks, ReceivableLedger ledger) {
    this.blocks = blocks;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String invoiceNumber = DunningProcess.INVOICE_NUMBER.require(execution);
    blocks.block(ledger.item(invoiceNumber).customerCode(), invoiceNumber, "dunning level "
        + DunningProcess.LEVEL.require(execution) + " for invoice " + invoiceNumber, Actor.SYSTEM);
  }
}
