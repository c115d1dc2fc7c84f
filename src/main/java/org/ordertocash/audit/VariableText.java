package org.ordertocash.audit;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** A variable's value as the record shows it: plain values as they are, objects by their type only. */
final class VariableText {

  private static final int LONGEST = 2000;

  private VariableText() {}

  static Object of(HistoricVariableUpdateEventEntity variable) {
    String serializer = variable.getSerializerName();
    if (serializer == null) {
      return null;
    }
    return switch (serializer) {
      case "null" -> null;
      case "string" -> shorten(variable.getTextValue());
      case "boolean" -> variable.getLongValue() != null && variable.getLongValue() == 1L;
      case "date" -> variable.getLongValue() == null ? null : Instant.ofEpochMilli(variable.getLongValue()).toString();
      case "integer", "long", "short" -> variable.getLongValue();
      case "double" -> variable.getDoubleValue();
      default -> variable.getTextValue() != null ? shorten(variable.getTextValue()) : "(" + serializer + ")";
    };
  }

  /** A decision's input or output value. */
  static Object plain(Object value) {
    Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
    if (raw == null || raw instanceof Number || raw instanceof Boolean) {
      return raw;
    }
    if (raw instanceof Date date) {
      return date.toInstant().toString();
    }
    return shorten(raw.toString());
  }

  private static String shorten(String text) {
    return text == null || text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "…";
  }
}
