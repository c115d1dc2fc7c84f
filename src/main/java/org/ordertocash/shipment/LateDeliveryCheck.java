package org.ordertocash.shipment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ordertocash.config.BusinessDates;
import org.ordertocash.config.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Handle late delivery": a note is required, and a new expected date must
 * lie in the future (the form asks the same; this holds for REST callers too).
 */
@Component("lateDeliveryCheck")
public class LateDeliveryCheck implements TaskListener {

  private final Clock clock;

  public LateDeliveryCheck(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Object note = DeliveryProcess.LATE_DELIVERY_NOTE.get(task);
    if (note == null || note.toString().isBlank()) {
      throw TaskRefusal.of("lateDeliveryNote", "Note what was done about the late shipment " + DeliveryProcess.SHIPMENT_NUMBER.get(task));
    }
    Object date = DeliveryProcess.NEW_EXPECTED_DATE.get(task);
    if (date != null && !date.toString().isBlank()) {
      LocalDate newDate;
      try {
        newDate = LocalDate.parse(date.toString());
      } catch (DateTimeParseException e) {
        throw TaskRefusal.of("newExpectedDate", "Not a date: " + date);
      }
      if (!newDate.isAfter(LocalDate.now(clock))) {
        throw TaskRefusal.of("newExpectedDate", "The new expected date must lie in the future");
      }
      if (!BusinessDates.withinHorizon(newDate, LocalDate.now(clock))) {
        throw TaskRefusal.of("newExpectedDate", BusinessDates.beyondHorizon("The new expected date"));
      }
    }
  }
}
