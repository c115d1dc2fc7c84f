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
 * newCustomer, policyViolation -> routing, routingReason.
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
      boolean newCustomer, boolean policyViolation) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("orderValue", value);
    variables.put("customerClass", customerClass);
    variables.put("priceDeviationPercent", deviation);
    variables.put("newCustomer", newCustomer);
    variables.put("policyViolation", policyViolation);
    return dmnEngine.evaluateDecision(decision, variables).getSingleResult();
  }

  @ParameterizedTest(name = "{0} {1} -{2}% new={3} violation={4} -> {5}")
  @CsvSource(delimiter = '|', textBlock = """
      # rule 1: more than 30 % below list price is rejected, whatever else holds
        1000   | A | 30.01 | false | false | REJECT         | Price more than 30 % below list price
        1000   | C | 45    | true  | true  | REJECT         | Price more than 30 % below list price
        900000 | B | 31    | false | false | REJECT         | Price more than 30 % below list price
      # exactly 30 % is not rejected, it is a deviation above the tolerance
        1000   | A | 30    | false | false | MANAGER_REVIEW | Price deviation above the 5 % tolerance
      # rule 2: policy violation (terms or delivery date)
        1000   | A | 0     | false | true  | MANAGER_REVIEW | Payment terms or delivery date outside policy
        1000   | A | 10    | true  | true  | MANAGER_REVIEW | Payment terms or delivery date outside policy
      # rule 3: new customer
        1000   | A | 0     | true  | false | MANAGER_REVIEW | New customer
        1000   | C | 20    | true  | false | MANAGER_REVIEW | New customer
      # rule 4: deviation above 5 %; exactly 5 % is within tolerance
        1000   | A | 5.01  | false | false | MANAGER_REVIEW | Price deviation above the 5 % tolerance
        1000   | A | 5     | false | false | AUTO_APPROVE   | Within policy
        1000   | A | 4.99  | false | false | AUTO_APPROVE   | Within policy
      # rule 5: class A limit 200,000
        200000    | A | 0 | false | false | AUTO_APPROVE   | Within policy
        200000.01 | A | 0 | false | false | MANAGER_REVIEW | Order value above the class A limit of 200,000
      # rule 6: class B limit 50,000
        50000     | B | 0 | false | false | AUTO_APPROVE   | Within policy
        50000.01  | B | 0 | false | false | MANAGER_REVIEW | Order value above the class B limit of 50,000
        150000    | B | 0 | false | false | MANAGER_REVIEW | Order value above the class B limit of 50,000
      # rule 7: class C limit 10,000
        10000     | C | 0 | false | false | AUTO_APPROVE   | Within policy
        10000.01  | C | 0 | false | false | MANAGER_REVIEW | Order value above the class C limit of 10,000
        60000     | C | 0 | false | false | MANAGER_REVIEW | Order value above the class C limit of 10,000
      # a class's limit does not apply to the other classes
        150000    | A | 0 | false | false | AUTO_APPROVE   | Within policy
        40000     | B | 0 | false | false | AUTO_APPROVE   | Within policy
      # rule 8: everything within policy
        0         | C | 0 | false | false | AUTO_APPROVE   | Within policy
      """)
  void routesByTheFirstMatchingRule(double value, String customerClass, double deviation,
      boolean newCustomer, boolean policyViolation, String routing, String reason) {
    DmnDecisionResultEntries result = evaluate(value, customerClass, deviation, newCustomer, policyViolation);

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
        .containsExactly("orderValue", "customerClass", "priceDeviationPercent", "newCustomer", "policyViolation");
    assertThat(table.getOutputs()).extracting(o -> o.getOutputName()).containsExactly("routing", "routingReason");
    assertThat(table.getRules()).hasSize(8);
  }
}
