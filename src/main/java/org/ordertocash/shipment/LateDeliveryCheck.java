package org.ordertocash.shipment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.BusinessDates;
import org.ordertocash.config.TaskRefusals;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Handle late delivery": a note is required, and a new expected date must
 * lie in the future (the form asks the same; this holds for REST callers too).
 */
@Component("lateDeliveryCheck")
public class LateDeliveryCheck implements TaskListener {

  private final Clock clock;

  private final TaskRefusals refusals;

  public LateDeliveryCheck(Clock clock, TaskRefusals refusals) {
    this.refusals = refusals;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Object note = DeliveryProcess.LATE_DELIVERY_NOTE.get(task);
    if (note == null || note.toString().isBlank()) {
      throw refusals.of("lateDeliveryNote", "lateDeliveryNote", DeliveryProcess.SHIPMENT_NUMBER.get(task));
    }
    Object date = DeliveryProcess.NEW_EXPECTED_DATE.get(task);
    if (date != null && !date.toString().isBlank()) {
      LocalDate newDate;
      try {
        newDate = LocalDate.parse(date.toString());
      } catch (DateTimeParseException e) {
        throw refusals.of("newExpectedDate", "notADate", date);
      }
      if (!newDate.isAfter(LocalDate.now(clock))) {
        throw refusals.of("newExpectedDate", "newExpectedDate");
      }
      if (!BusinessDates.withinHorizon(newDate, LocalDate.now(clock))) {
        throw refusals.of("newExpectedDate", "beyondHorizon", BusinessDates.YEARS_AHEAD);
      }
    }
  }
}
