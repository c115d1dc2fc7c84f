package org.ordertocash.billing;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.config.TimerDates;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Invoices an order paid in advance and notes when to remind and when to give up (a save point). */
@Component
public class IssuePrepaymentInvoiceDelegate implements JavaDelegate {

  private final InvoicingService invoicing;
  private final Clock clock;

  public IssuePrepaymentInvoiceDelegate(InvoicingService invoicing, Clock clock) {
    this.invoicing = invoicing;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InvoicingService.Prepayment invoice =
        invoicing.invoicePrepayment(PrepaymentProcess.ORDER_NUMBER.require(execution), Actor.SYSTEM);
    PrepaymentProcess.INVOICE_NUMBER.set(execution, invoice.invoiceNumber());
    PrepaymentProcess.REMIND_AT.set(execution, TimerDates.endOfDay(invoice.remindOn().minusDays(1), clock.getZone()));
    PrepaymentProcess.DEADLINE.set(execution, TimerDates.endOfDay(invoice.dueDate(), clock.getZone()));
  }
}
