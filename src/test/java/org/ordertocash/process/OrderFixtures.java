package org.ordertocash.process;

import java.util.HashMap;
import java.util.Map;

/** Variables the mocked delegates set, for the typical situations of an order under review. */
public final class OrderFixtures {

  public static final String ORDER_NUMBER = "SO-1001";
  public static final String ENTERED_BY = "sally";

  private OrderFixtures() {}

  /** What {@code validateOrderDelegate} sets for a class B order within every policy. */
  public static Map<String, Object> validOrder() {
    Map<String, Object> v = new HashMap<>();
    v.put("customerCode", "C-100");
    v.put("customerName", "Acme Trading");
    v.put("customerClass", "B");
    v.put("newCustomer", false);
    v.put("orderValue", 12345.0);
    v.put("orderValueText", "¥12,345.00");
    v.put("priceDeviationPercent", 0.0);
    v.put("paymentTerms", "NET_30");
    v.put("paymentTermsAllowed", true);
    v.put("paymentTermsDays", 30);
    v.put("requestedDeliveryDate", "2026-12-15");
    v.put("deliveryDateFeasible", true);
    v.put("policyViolation", false);
    v.put("policyFindings", "None");
    v.put("negotiated", false);
    return v;
  }

  public static Map<String, Object> validOrder(String key, Object value, Object... more) {
    Map<String, Object> v = validOrder();
    v.put(key, value);
    for (int i = 0; i < more.length; i += 2) {
      v.put((String) more[i], more[i + 1]);
    }
    return v;
  }

  /** An order that goes to a manager: a new customer. */
  public static Map<String, Object> newCustomerOrder() {
    return validOrder("newCustomer", true);
  }

  /** An order the routing decision rejects: 60 % below list price. */
  public static Map<String, Object> dumpingPriceOrder() {
    return validOrder("priceDeviationPercent", 60.0);
  }

  /** An order beyond review's authority, routed to negotiation: 40 % below list price. */
  public static Map<String, Object> deepDiscountOrder() {
    return validOrder("priceDeviationPercent", 40.0);
  }

  /** The same order on its way back from negotiation, prices agreed. */
  public static Map<String, Object> negotiatedOrder() {
    return validOrder("priceDeviationPercent", 40.0, "negotiated", true);
  }

  public static Map<String, Object> creditOk() {
    Map<String, Object> v = new HashMap<>();
    v.put("creditOk", true);
    v.put("creditExposureText", "¥20,000.00");
    v.put("creditLimitText", "¥100,000.00");
    v.put("overdueReceivables", false);
    v.put("creditHoldReason", "");
    return v;
  }

  public static Map<String, Object> creditHold() {
    Map<String, Object> v = new HashMap<>();
    v.put("creditOk", false);
    v.put("creditExposureText", "¥95,000.00");
    v.put("creditLimitText", "¥100,000.00");
    v.put("overdueReceivables", true);
    v.put("creditHoldReason", "Credit limit exceeded and receivables overdue");
    return v;
  }

  public static Map<String, Object> inStock() {
    return Map.of("stockAvailable", true, "stockProposal", "NONE", "stockSummary", "All lines in stock.");
  }

  public static Map<String, Object> shortage() {
    return Map.of("stockAvailable", false, "stockProposal", "PARTIAL_DELIVERY",
        "stockSummary", "| Line | Ordered | Available |\n|---|---|---|\n| 1 | 100 | 60 |");
  }

  public static Map<String, Object> outcome(String reviewOutcome) {
    return Map.of("reviewOutcome", reviewOutcome);
  }

  public static Map<String, Object> startVariables(String orderNumber) {
    Map<String, Object> v = new HashMap<>();
    v.put("orderNumber", orderNumber);
    v.put("enteredBy", ENTERED_BY);
    return v;
  }
}
