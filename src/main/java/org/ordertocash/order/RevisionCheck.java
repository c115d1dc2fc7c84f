package org.ordertocash.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.BusinessDates;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Revise order": a revised delivery date is a date from today on and within
 * two years, as for a new order.
 */
@Component("revisionCheck")
public class RevisionCheck implements TaskListener {

  private final Clock clock;

  private final TaskRefusals refusals;

  public RevisionCheck(Clock clock, TaskRefusals refusals) {
    this.refusals = refusals;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Object value = task.getVariable(OrderReviewProcess.REVISED_DELIVERY_DATE.name());
    if (value == null || value.toString().isBlank()) {
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
    } catch (DateTimeParseException e) {
      throw refusals.of("revisedDeliveryDate", "notADate", value);
    }
    LocalDate today = LocalDate.now(clock);
    if (date.isBefore(today)) {
      throw refusals.of("revisedDeliveryDate", "revisedDateInPast", refusals.labels().date(date));
    }
    if (!BusinessDates.withinHorizon(date, today)) {
      throw refusals.of("revisedDeliveryDate", "beyondHorizon", BusinessDates.YEARS_AHEAD);
    }
  }
}
