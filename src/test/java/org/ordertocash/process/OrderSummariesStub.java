package org.ordertocash.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.test.mock.Mocks;

/** Stand-in for the {@code orderSummaries} bean used by the user tasks' {@code orderSummary} input. */
public final class OrderSummariesStub {

  private final List<String> requested = new ArrayList<>();

  public static OrderSummariesStub register() {
    OrderSummariesStub stub = new OrderSummariesStub();
    Mocks.register("orderSummaries", stub);
    return stub;
  }

  public static String summaryOf(String orderNumber) {
    return "**Order " + orderNumber + "** · Acme Trading · 2 lines · ¥12,345.00";
  }

  public String markdown(String orderNumber) {
    requested.add(orderNumber);
    return summaryOf(orderNumber);
  }

  public List<String> requested() {
    return requested;
  }
}
