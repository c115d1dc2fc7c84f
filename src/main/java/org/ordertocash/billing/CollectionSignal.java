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

  /** Wakes the order's collection, if it waits; the application's own act (no rights on the process needed). */
  void openAmountReduced(String orderNumber) {
    asSystem.run(() -> runtime.createMessageCorrelation(CollectionProcess.OPEN_AMOUNT_REDUCED)
        .processInstanceVariableEquals(CollectionProcess.ORDER_NUMBER.name(), orderNumber)
        .correlateAllWithResult());
  }

  /** Withdraws finance's task to record the invoice's fapiao: it was recorded through the API. */
  void fapiaoRecorded(String invoiceNumber) {
    asSystem.run(() -> runtime.createMessageCorrelation(CollectionProcess.FAPIAO_RECORDED)
        .localVariableEquals(CollectionProcess.INVOICE_NUMBER.name(), invoiceNumber)
        .correlateAllWithResult());
  }

  /** Ends the invoice's dunning, wherever it stands (its event sub-process waits for this). */
  void receivableSettled(String invoiceNumber) {
    asSystem.run(() -> runtime.createMessageCorrelation(ReceivableLedger.SETTLED)
        .processInstanceVariableEquals("invoiceNumber", invoiceNumber)
        .correlateAllWithResult());
  }
}
