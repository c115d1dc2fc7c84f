package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table test of bpmn/order-review-routing.dmn on a standalone DMN engine (no process engine, so no
 * coverage extension needed). Columns: orderValue, customerClass, priceDeviationPercent,
 * newCustomer, paymentTermsAllowed, paymentTermsDays, deliveryDateFeasible, negotiated -> routing,
 * routingReason.
 */
class OrderReviewRoutingDecisionTest {

  static DmnEngine dmnEngine;
  static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = OrderReviewRoutingDecisionTest.class.getClassLoader()
        .getResourceAsStream("bpmn/order-review-routing.dmn")) {
      assertThat(dmn).as("bpmn/order-review-routing.dmn on the classpath").isNotNull();
      decision = dmnEngine.parseDecision("order-review-routing", dmn);
    }
  }

  static DmnDecisionResultEntries evaluate(double value, String customerClass, double deviation,
      boolean newCustomer, boolean termsAllowed, int termsDays, boolean deliveryFeasible, boolean negotiated) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderValue", value);
    variables.put("customerClass", customerClass);
    variables.put("priceDeviationPercent", deviation);
    variables.put("newCustomer", newCustomer);
    variables.put("paymentTermsAllowed", termsAllowed);
    variables.put("paymentTermsDays", termsDays);
    variables.put("deliveryDateFeasible", deliveryFeasible);
    variables.put("negotiated", negotiated);
    return dmnEngine.evaluateDecision(decision, variables).getSingleResult();
  }

  @ParameterizedTest(name = "{0} {1} -{2}% new={3} terms={4}/{5}d delivery={6} negotiated={7} -> {8}")
  @CsvSource(delimiter = '|', textBlock = """
      # agreed in negotiation: approved, whatever the price or terms; never back to negotiation
        1000   | A | 45    | false | false | 90 | true  | true  | AUTO_APPROVE   | Prices and terms agreed in negotiation
        900000 | C | 60    | true  | true  | 30 | true  | true  | AUTO_APPROVE   | Prices and terms agreed in negotiation
        1000   | A | 45    | false | true  | 30 | false | true  | MANAGER_REVIEW | Agreed in negotiation, but the requested delivery date cannot be met
      # more than 50 % below list price is rejected
        1000   | A | 50.01 | false | true  | 30 | true  | false | REJECT         | Price more than 50 % below list price
        1000   | C | 70    | true  | false | 90 | false | false | REJECT         | Price more than 50 % below list price
      # more than 30 % (up to 50 %) below list price is negotiated
        1000   | A | 50    | false | true  | 30 | true  | false | NEGOTIATE      | Price more than 30 % below list price: beyond review's authority
        1000   | A | 30.01 | false | true  | 30 | true  | false | NEGOTIATE      | Price more than 30 % below list price: beyond review's authority
        900000 | B | 31    | true  | false | 15 | false | false | NEGOTIATE      | Price more than 30 % below list price: beyond review's authority
      # exactly 30 % is a deviation above the tolerance for a manager
        1000   | A | 30    | false | true  | 30 | true  | false | MANAGER_REVIEW | Price deviation above the 5 % tolerance
      # payment terms the customer is not allowed: beyond 60 days negotiated, else a manager decides
        1000   | A | 0     | false | false | 90 | true  | false | NEGOTIATE      | Payment terms over 60 days not allowed for the customer: beyond review's authority
        1000   | A | 0     | false | false | 60 | true  | false | MANAGER_REVIEW | Payment terms not allowed for the customer
        1000   | A | 10    | true  | false | 15 | false | false | MANAGER_REVIEW | Payment terms not allowed for the customer
        1000   | A | 0     | false | true  | 90 | true  | false | AUTO_APPROVE   | Within policy
      # a delivery date that cannot be met
        1000   | A | 0     | false | true  | 30 | false | false | MANAGER_REVIEW | Requested delivery date cannot be met
      # new customer
        1000   | A | 0     | true  | true  | 30 | true  | false | MANAGER_REVIEW | New customer
        1000   | C | 20    | true  | true  | 30 | true  | false | MANAGER_REVIEW | New customer
      # deviation above 5 %; exactly 5 % is within tolerance
        1000   | A | 5.01  | false | true  | 30 | true  | false | MANAGER_REVIEW | Price deviation above the 5 % tolerance
        1000   | A | 5     | false | true  | 30 | true  | false | AUTO_APPROVE   | Within policy
        1000   | A | 4.99  | false | true  | 30 | true  | false | AUTO_APPROVE   | Within policy
      # class A limit 200,000
        200000    | A | 0 | false | true | 30 | true | false | AUTO_APPROVE   | Within policy
        200000.01 | A | 0 | false | true | 30 | true | false | MANAGER_REVIEW | Order value above the class A limit of 200,000
      # class B limit 50,000
        50000     | B | 0 | false | true | 30 | true | false | AUTO_APPROVE   | Within policy
        50000.01  | B | 0 | false | true | 30 | true | false | MANAGER_REVIEW | Order value above the class B limit of 50,000
        150000    | B | 0 | false | true | 30 | true | false | MANAGER_REVIEW | Order value above the class B limit of 50,000
      # class C limit 10,000
        10000     | C | 0 | false | true | 30 | true | false | AUTO_APPROVE   | Within policy
        10000.01  | C | 0 | false | true | 30 | true | false | MANAGER_REVIEW | Order value above the class C limit of 10,000
        60000     | C | 0 | false | true | 30 | true | false | MANAGER_REVIEW | Order value above the class C limit of 10,000
      # a class's limit does not apply to the other classes
        150000    | A | 0 | false | true | 30 | true | false | AUTO_APPROVE   | Within policy
        40000     | B | 0 | false | true | 30 | true | false | AUTO_APPROVE   | Within policy
      # everything within policy
        0         | C | 0 | false | true | 30 | true | false | AUTO_APPROVE   | Within policy
      """)
  void routesByTheFirstMatchingRule(double value, String customerClass, double deviation, boolean newCustomer,
      boolean termsAllowed, int termsDays, boolean deliveryFeasible, boolean negotiated, String routing, String reason) {
    DmnDecisionResultEntries result = evaluate(value, customerClass, deviation, newCustomer, termsAllowed, termsDays,
        deliveryFeasible, negotiated);

    assertThat(result).isNotNull();
    assertThat(result.<String>getEntry("routing")).isEqualTo(routing);
    assertThat(result.<String>getEntry("routingReason")).isEqualTo(reason);
  }

  @Test
  void decisionIsAFirstHitTableWithTheAgreedInputsAndOutputs() {
    assertThat(decision.getKey()).isEqualTo("order-review-routing");
    assertThat(decision.getName()).isEqualTo("Order review routing");
    assertThat(decision.isDecisionTable()).isTrue();
    var table = (org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic();
    assertThat(table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy().name()).isEqualTo("FIRST");
    assertThat(table.getInputs()).extracting(i -> i.getExpression().getExpression())
        .containsExactly("orderValue", "customerClass", "priceDeviationPercent", "newCustomer",
            "paymentTermsAllowed", "paymentTermsDays", "deliveryDateFeasible", "negotiated");
    assertThat(table.getOutputs()).extracting(o -> o.getOutputName()).containsExactly("routing", "routingReason");
    assertThat(table.getRules()).hasSize(13);
  }
}
