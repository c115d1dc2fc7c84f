package org.ordertocash.shipment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What sales and the warehouse decide when an order's stock is short. */
public enum ShortageDecision {
  /** Ship what is reserved now; a backorder shipment waits for the rest. */
  SHIP_AVAILABLE_BACKORDER_REST,
  /** Ship nothing until replenishment covers the whole order. */
  WAIT,
  /** Ship substitute products on the short lines. */
  SUBSTITUTE,
  /** Cancel the order. */
  CANCEL;

  private static final Pattern ENTRY = Pattern.compile("\\s*(\\d+)\\s*=\\s*([A-Za-z0-9][A-Za-z0-9-]*)\\s*");

  /** Parses "2=P-300, 3=P-100" (order line = substitute SKU); refuses anything else. */
  public static Map<Integer, String> substitutions(String text) {
    Map<Integer, String> result = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Name a substitute per short line, e.g. 2=P-300");
    }
    for (String entry : text.split(",")) {
      Matcher m = ENTRY.matcher(entry);
      if (!m.matches()) {
        throw new IllegalArgumentException("'" + entry.trim() + "' is not line=SKU, e.g. 2=P-300");
      }
      if (result.put(Integer.parseInt(m.group(1)), m.group(2).toUpperCase()) != null) {
        throw new IllegalArgumentException("Line " + m.group(1) + " is named twice");
      }
    }
    return result;
  }
}
