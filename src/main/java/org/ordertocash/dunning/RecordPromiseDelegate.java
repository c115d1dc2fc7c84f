package org.ordertocash.dunning;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.config.FormAmounts;
import org.ordertocash.config.TimerDates;
import org.ordertocash.identity.Actor;
import org.springframework.stereotype.Component;

/** Records the customer's promise and sets the pause: dunning waits until the promised date is over. */
@Component
public class RecordPromiseDelegate implements JavaDelegate {

  private final Promises promises;
  private final Clock clock;

  public RecordPromiseDelegate(Promises promises, Clock clock) {
    this.promises = promises;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate date = LocalDate.parse(DunningProcess.PROMISED_BY.require(execution));
    long id = promises.record(DunningProcess.INVOICE_NUMBER.require(execution), date,
        FormAmounts.decimal(DunningProcess.PROMISED_AMOUNT.require(execution)),
        Actor.orSystem(DunningProcess.PROMISE_RECORDED_BY.get(execution)));
    DunningProcess.PROMISE_ID.set(execution, id);
    DunningProcess.PROMISE_CHECK_AT.set(execution, TimerDates.endOfDay(date, clock.getZone()));
  }
}
