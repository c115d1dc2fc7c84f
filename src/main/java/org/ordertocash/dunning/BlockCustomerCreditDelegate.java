package org.ordertocash.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.billing.ReceivableLedger;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Blocks the customer's credit because of this overdue invoice (unless blocked already). */
@Component
public class BlockCustomerCreditDelegate implements JavaDelegate {

  private final CustomerCreditBlocks blocks;
  private final ReceivableLedger ledger;

  private final OrderToCashProperties properties;

  public BlockCustomerCreditDelegate(CustomerCreditBlocks blocks, ReceivableLedger ledger,
      OrderToCashProperties properties) {
    this.blocks = blocks;
    this.ledger = ledger;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String invoiceNumber = DunningProcess.INVOICE_NUMBER.require(execution);
    blocks.block(ledger.item(invoiceNumber).customerCode(), invoiceNumber, properties.labels()
        .text("credit.blockedByDunning", DunningProcess.LEVEL.require(execution), invoiceNumber), Actor.SYSTEM);
  }
}
