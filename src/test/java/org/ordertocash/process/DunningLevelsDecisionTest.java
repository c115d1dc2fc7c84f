package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
 * Table test of bpmn/dunning-levels.dmn: each rule at its day boundaries, the class A and
 * large-amount variants -> level, fee, interest rate, collector call, credit block, hand-over.
 */
class DunningLevelsDecisionTest {

  static DmnEngine dmnEngine;
  static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = DunningLevelsDecisionTest.class.getClassLoader()
        .getResourceAsStream("bpmn/dunning-levels.dmn")) {
      assertThat(dmn).as("bpmn/dunning-levels.dmn on the classpath").isNotNull();
      decision = dmnEngine.parseDecision("dunning-levels", dmn);
    }
  }

  static DmnDecisionResultEntries evaluate(int daysOverdue, String customerClass, double openAmount) {
    return dmnEngine.evaluateDecision(decision, Map.of("daysOverdue", daysOverdue, "customerClass", customerClass,
        "openAmountValue", openAmount)).getSingleResult();
  }

  @ParameterizedTest(name = "{0} days, class {1}, open {2} -> level {3}")
  @CsvSource(delimiter = '|', textBlock = """
      0   | B | 1000   | 0 | 0   | 0    | false | false | false
      -3  | B | 1000   | 0 | 0   | 0    | false | false | false
      1   | B | 1000   | 1 | 0   | 0    | false | false | false
      14  | C | 1000   | 1 | 0   | 0    | false | false | false
      1   | A | 1000   | 1 | 0   | 0    | true  | false | false
      15  | B | 1000   | 2 | 50  | 0    | false | false | false
      29  | B | 49999  | 2 | 50  | 0    | false | false | false
      20  | B | 50000  | 2 | 50  | 0    | true  | false | false
      20  | A | 1000   | 2 | 0   | 0    | true  | false | false
      30  | B | 1000   | 3 | 100 | 0.12 | true  | true  | false
      59  | A | 1000   | 3 | 100 | 0.12 | true  | true  | false
      60  | B | 1000   | 4 | 100 | 0.12 | false | true  | true
      400 | A | 10     | 4 | 100 | 0.12 | false | true  | true
      """)
  void levelsByDaysOverdueClassAndAmount(int days, String customerClass, double open, int level, double fee,
      double rate, boolean call, boolean block, boolean handOver) {
    DmnDecisionResultEntries result = evaluate(days, customerClass, open);

    assertThat((Object) result.getEntry("level")).isEqualTo(level);
    assertThat(((Number) result.getEntry("fee")).doubleValue()).isEqualTo(fee);
    assertThat(((Number) result.getEntry("interestRate")).doubleValue()).isEqualTo(rate);
    assertThat((Object) result.getEntry("collectorCall")).isEqualTo(call);
    assertThat((Object) result.getEntry("creditBlock")).isEqualTo(block);
    assertThat((Object) result.getEntry("handOver")).isEqualTo(handOver);
  }

  @Test
  void everyLetterLevelHasItsOwnWordingWithThePlaceholdersTheLetterFillsIn() {
    assertThat((String) evaluate(0, "B", 100).getEntry("wording")).isEmpty();
    assertThat((String) evaluate(3, "B", 100).getEntry("wording")).contains("{invoice}", "{dueDate}", "{payBy}")
        .doesNotContain("{fee}");
    assertThat((String) evaluate(20, "B", 100).getEntry("wording")).contains("{fee}", "{total}");
    assertThat((String) evaluate(40, "B", 100).getEntry("wording")).startsWith("FINAL NOTICE").contains("{interest}");
    assertThat((String) evaluate(90, "B", 100).getEntry("wording")).contains("collections");
  }
}
