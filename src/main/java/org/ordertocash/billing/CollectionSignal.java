package org.ordertocash.billing;

import org.camunda.bpm.engine.RuntimeService;
import org.ordertocash.identity.AsSystem;
import org.springframework.stereotype.Component;

/** Tells an order's waiting collection that less is open on its invoices now, and an invoice's dunning that it is settled. */
@Component
class CollectionSignal {

  private final RuntimeService runtime;
  private final AsSystem asSystem;

  CollectionSignal(RuntimeService runtime, AsSystem asSystem) {
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  // Every correlation names the order as business key as well: the engine finds the instances
  // through the business key's index instead of comparing a variable of every waiting instance
  // (19.7 ms a payment under load, bench/results/load-2026-12-05-ebd5466-before-variables.md).

  /** Wakes the order's collection, if it waits; the application's own act (no rights on the process needed). */
  void openAmountReduced(Invoice invoice) {
    asSystem.run(() -> runtime.createMessageCorrelation(CollectionProcess.OPEN_AMOUNT_REDUCED)
        .processInstanceBusinessKey(invoice.getOrderNumber())
        .processInstanceVariableEquals(CollectionProcess.ORDER_NUMBER.name(), invoice.getOrderNumber())
        .correlateAllWithResult());
  }

  /** Withdraws finance's task to record the invoice's fapiao: it was recorded through the API. */
  void fapiaoRecorded(Invoice invoice) {
    asSystem.run(() -> runtime.createMessageCorrelation(CollectionProcess.FAPIAO_RECORDED)
        .processInstanceBusinessKey(invoice.getOrderNumber())
        .localVariableEquals(CollectionProcess.INVOICE_NUMBER.name(), invoice.getNumber())
        .correlateAllWithResult());
  }

  /** Ends the invoice's dunning, wherever it stands (its event sub-process waits for this). */
  void receivableSettled(Invoice invoice) {
    asSystem.run(() -> runtime.createMessageCorrelation(ReceivableLedger.SETTLED)
        .processInstanceBusinessKey(invoice.getOrderNumber())
        .processInstanceVariableEquals("invoiceNumber", invoice.getNumber())
        .correlateAllWithResult());
  }
}
