package org.ordertocash.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The FEEL engine that parses each text once decides exactly as Camunda's own: the process
 * owners' tables evaluated by both over a grid of inputs give the same results, and a broken
 * expression fails the same way.
 */
class CachingFeelEngineTest {

  static final DmnEngine CAMUNDA = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final DmnEngine CACHING = caching();

  static DmnEngine caching() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    CachingFeelEngine engine = new CachingFeelEngine();
    configuration.setFeelEngineFactory(() -> engine);
    return configuration.buildEngine();
  }

  static List<Map<String, Object>> bothDecide(String file, String decisionKey, List<Map<String, Object>> inputs)
      throws Exception {
    DmnDecision theirs;
    DmnDecision ours;
    try (InputStream a = Files.newInputStream(Path.of("bpmn", file)); InputStream b = Files.newInputStream(Path.of("bpmn", file))) {
      theirs = CAMUNDA.parseDecision(decisionKey, a);
      ours = CACHING.parseDecision(decisionKey, b);
    }
    List<Map<String, Object>> results = new ArrayList<>();
    for (Map<String, Object> variables : inputs) {
      List<Map<String, Object>> expected = CAMUNDA.evaluateDecisionTable(theirs, variables).getResultList();
      List<Map<String, Object>> actual = CACHING.evaluateDecisionTable(ours, variables).getResultList();
      assertThat(actual).as("%s for %s", decisionKey, variables).isEqualTo(expected);
      results.addAll(actual);
    }
    return results;
  }

  @Test
  void dunningLevelsDecideAsBefore() throws Exception {
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int days = -5; days <= 130; days++) {
      for (String customerClass : List.of("A", "B", "C")) {
        for (double amount : new double[] {10.0, 99.99, 100.0, 49_999.99, 50_000.0, 250_000.0}) {
          inputs.add(Map.of("daysOverdue", days, "customerClass", customerClass, "openAmountValue", amount));
        }
      }
    }
    List<Map<String, Object>> results = bothDecide("dunning-levels.dmn", "dunning-levels", inputs);
    assertThat(results).extracting(r -> r.get("level")).as("every level is reached").contains(0, 1, 2, 3, 4);
  }

  @Test
  void orderReviewRoutingDecidesAsBefore() throws Exception {
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (double value : new double[] {100.0, 9_999.0, 10_000.0, 50_000.0, 100_000.0, 500_000.0}) {
      for (String customerClass : List.of("A", "B", "C")) {
        for (double deviation : new double[] {-40.0, -10.0, 0.0, 5.0}) {
          for (boolean newCustomer : new boolean[] {true, false}) {
            Map<String, Object> variables = new HashMap<>(Map.of("orderValue", value, "customerClass", customerClass,
                "priceDeviationPercent", deviation, "newCustomer", newCustomer));
            inputs.add(Variables.fromMap(variables));
          }
        }
      }
    }
    bothDecide("order-review-routing.dmn", "order-review-routing", inputs);
  }

  @Test
  void aBrokenExpressionFailsAsCamundasDoesAndParsedTextsAreReused() {
    CachingFeelEngine engine = new CachingFeelEngine();
    assertThatThrownBy(() -> engine.evaluateSimpleUnaryTests("[1..", "cellInput",
        Variables.createVariables().putValue("cellInput", 1).asVariableContext())).isInstanceOf(FeelException.class);

    for (int i = 0; i < 3; i++) {
      assertThat(engine.evaluateSimpleUnaryTests("[15..30)", "cellInput",
          Variables.createVariables().putValue("cellInput", 14 + i).asVariableContext())).isEqualTo(i > 0);
    }
    assertThat((Object) engine.evaluateSimpleExpression("a + 1", Variables.createVariables().putValue("a", 41)
        .asVariableContext())).isEqualTo(42L);
  }
}
