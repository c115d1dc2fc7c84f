package org.ordertocash.negotiation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The process variable {@code quotationLines}: the list the propose-quotation form edits (a
 * dynamic list), one item per order line with lineNo, sku, product, quantity, listPrice and listPriceText (shown)
 * and unitPrice / discountPercent (entered). Only lineNo, unitPrice and discountPercent are read
 * back; product, quantity and list price always come from the order.
 */
public final class QuotationLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What sales proposes for a line: a unit price, or else a discount in percent below list. */
  public record Proposed(int lineNo, BigDecimal unitPrice, BigDecimal discountPercent) {}

  private QuotationLines() {}

  /** The Json variable value for the form. */
  public static TypedValue toVariable(List<Map<String, Object>> items) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(items)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads what the form submitted (Json), a Json string or a list of maps (tests, REST). */
  public static List<Proposed> parse(Object variable) {
    if (variable == null) {
      throw new IllegalArgumentException("No quotation lines proposed");
    }
    JsonNode items;
    if (variable instanceof Collection<?> list) {
      items = JSON.valueToTree(list);
    } else {
      try {
        items = JSON.readTree(variable.toString());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Quotation lines are not readable: " + e.getOriginalMessage());
      }
    }
    List<Proposed> proposed = new ArrayList<>();
    int position = 0;
    for (JsonNode item : items) {
      position++;
      int lineNo = item.hasNonNull("lineNo") ? item.get("lineNo").asInt() : position;
      proposed.add(new Proposed(lineNo, decimal(item.get("unitPrice")), decimal(item.get("discountPercent"))));
    }
    return proposed;
  }

  static Map<String, Object> item(int lineNo, String sku, String product, int quantity, BigDecimal listPrice,
      String listPriceText, BigDecimal unitPrice) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("lineNo", lineNo);
    item.put("sku", sku);
    item.put("product", product);
    item.put("quantity", quantity);
    item.put("listPrice", listPrice);
    item.put("listPriceText", listPriceText);
    item.put("unitPrice", unitPrice);
    item.put("discountPercent", QuotationLine.discount(listPrice, unitPrice));
    return item;
  }

  private static BigDecimal decimal(JsonNode node) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(node.asText().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a number: " + node.asText());
    }
  }
}
