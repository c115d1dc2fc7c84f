package org.ordertocash.billing;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Invoices what the order shipped (a save point: it numbers invoices and opens receivables). */
@Component
public class IssueInvoicesDelegate implements JavaDelegate {

  private final InvoicingService invoicing;

  public IssueInvoicesDelegate(InvoicingService invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String order = CollectionProcess.ORDER_NUMBER.require(execution);
    CollectionProcess.INVOICE_NUMBERS.set(execution, new ArrayList<>(invoicing.invoiceShipped(order, Actor.SYSTEM)));
    CollectionProcess.INVOICES_TO_DUN.set(execution, new ArrayList<>(invoicing.unsettled(order)));
    CollectionProcess.INVOICES_AWAITING_FAPIAO.set(execution, new ArrayList<>(invoicing.withoutFapiao(order)));
    CollectionProcess.CASH_ON_DELIVERY.set(execution, invoicing.isCashOnDelivery(order));
  }
}
