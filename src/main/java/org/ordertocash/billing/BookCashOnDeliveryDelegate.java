package org.ordertocash.billing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books the cash the carrier collected and notes any shortfall for finance (a save point: it books payments). */
@Component
public class BookCashOnDeliveryDelegate implements JavaDelegate {

  private final CashOnDeliveryBooking booking;

  public BookCashOnDeliveryDelegate(CashOnDeliveryBooking booking) {
    this.booking = booking;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CashOnDeliveryBooking.Collected collected = booking.book(CollectionProcess.ORDER_NUMBER.require(execution));
    CollectionProcess.COD_SHORTFALL.set(execution, collected.shortfall().signum() > 0);
    CollectionProcess.COD_SUMMARY.set(execution, collected.summary());
  }
}
