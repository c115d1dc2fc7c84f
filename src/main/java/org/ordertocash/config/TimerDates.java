package org.ordertocash.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as BPMN timers take them ({@code timeDate="${...}"}): ISO 8601 with the zone's offset. */
public final class TimerDates {

  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private TimerDates() {}

  /** The moment {@code date} is over: midnight at the start of the next day in {@code zone}. */
  public static String endOfDay(LocalDate date, ZoneId zone) {
    return date.plusDays(1).atStartOfDay(zone).toOffsetDateTime().format(FORMAT);
  }
}
