package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
 * Table test of bpmn/contract-risk.dmn: each scoring table with its boundaries, then the total
 * score → LOW / MEDIUM / HIGH through the whole DRD.
 */
class ContractRiskDecisionTest {

  static DmnEngine dmnEngine;
  static Map<String, DmnDecision> decisions;

  @BeforeAll
  static void parseDecisions() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ContractRiskDecisionTest.class.getClassLoader().getResourceAsStream("bpmn/contract-risk.dmn")) {
      assertThat(dmn).as("bpmn/contract-risk.dmn on the classpath").isNotNull();
      List<DmnDecision> parsed = dmnEngine.parseDecisions(dmn);
      decisions = parsed.stream().collect(java.util.stream.Collectors.toMap(DmnDecision::getKey, d -> d));
    }
  }

  static DmnDecisionResultEntries evaluate(String decision, Map<String, Object> variables) {
    return dmnEngine.evaluateDecision(decisions.get(decision), variables).getSingleResult();
  }

  static Map<String, Object> inputs(int days, double exposure, double perWeek, double cap, double value) {
    return Map.of("paymentTermsDays", days, "creditExposureRatio", exposure, "penaltyPercentPerWeek", perWeek,
        "penaltyCapPercent", cap, "contractValue", value);
  }

  @Test
  void theDrdHasTheRiskDecisionAndItsFourScores() {
    assertThat(decisions).containsOnlyKeys("contract-risk", "contract-risk-payment-terms", "contract-risk-credit",
        "contract-risk-penalty", "contract-risk-value");
  }

  @ParameterizedTest(name = "{0} days -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0   | 0 | Payment within 30 days (0)
      30  | 0 | Payment within 30 days (0)
      31  | 1 | Payment terms of 31 to 60 days (+1)
      60  | 1 | Payment terms of 31 to 60 days (+1)
      61  | 2 | Payment terms beyond 60 days (+2)
      90  | 2 | Payment terms beyond 60 days (+2)
      """)
  void paymentTerms(int days, int score, String reason) {
    DmnDecisionResultEntries result = evaluate("contract-risk-payment-terms", Map.of("paymentTermsDays", days));
    assertThat(result.<Number>getEntry("paymentTermsScore").intValue()).isEqualTo(score);
    assertThat(result.<String>getEntry("paymentTermsReason")).isEqualTo(reason);
  }

  @ParameterizedTest(name = "exposure {0} of the limit -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0      | 0 | Credit exposure within 80 % of the limit (0)
      0.8    | 0 | Credit exposure within 80 % of the limit (0)
      0.8001 | 1 | Credit exposure between 80 and 100 % of the limit (+1)
      1.0    | 1 | Credit exposure between 80 and 100 % of the limit (+1)
      1.0001 | 3 | Credit exposure above the credit limit (+3)
      99     | 3 | Credit exposure above the credit limit (+3)
      """)
  void creditExposure(double ratio, int score, String reason) {
    DmnDecisionResultEntries result = evaluate("contract-risk-credit", Map.of("creditExposureRatio", ratio));
    assertThat(result.<Number>getEntry("creditScore").intValue()).isEqualTo(score);
    assertThat(result.<String>getEntry("creditReason")).isEqualTo(reason);
  }

  @ParameterizedTest(name = "penalty {0} %/week cap {1} % -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      0.5  | 5    | 0 | Standard penalty: at most 1 % per week, capped at 5 % (0)
      1.0  | 5    | 0 | Standard penalty: at most 1 % per week, capped at 5 % (0)
      0    | 0    | 0 | Standard penalty: at most 1 % per week, capped at 5 % (0)
      1.01 | 5    | 1 | Penalty above 1 % per week (+1)
      0.5  | 5.01 | 1 | Penalty cap above 5 % (+1)
      0.5  | 10   | 1 | Penalty cap above 5 % (+1)
      0.5  | 10.5 | 2 | Penalty cap above 10 % (+2)
      3    | 20   | 2 | Penalty cap above 10 % (+2)
      """)
  void penaltyClause(double perWeek, double cap, int score, String reason) {
    DmnDecisionResultEntries result = evaluate("contract-risk-penalty",
        Map.of("penaltyPercentPerWeek", perWeek, "penaltyCapPercent", cap));
    assertThat(result.<Number>getEntry("penaltyScore").intValue()).isEqualTo(score);
    assertThat(result.<String>getEntry("penaltyReason")).isEqualTo(reason);
  }

  @ParameterizedTest(name = "value {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      100000     | 0 | Contract value up to 250,000 (0)
      250000     | 0 | Contract value up to 250,000 (0)
      250000.01  | 1 | Contract value above 250,000 (+1)
      1000000    | 1 | Contract value above 250,000 (+1)
      1000000.01 | 2 | Contract value above 1,000,000 (+2)
      """)
  void contractValue(double value, int score, String reason) {
    DmnDecisionResultEntries result = evaluate("contract-risk-value", Map.of("contractValue", value));
    assertThat(result.<Number>getEntry("valueScore").intValue()).isEqualTo(score);
    assertThat(result.<String>getEntry("valueReason")).isEqualTo(reason);
  }

  @ParameterizedTest(name = "{0} days, exposure {1}, penalty {2}/{3}, value {4} -> {5} ({6})")
  @CsvSource(delimiter = '|', textBlock = """
      30 | 0.3  | 0.5 | 5  | 107988     | LOW    | 0
      60 | 0.3  | 0.5 | 5  | 107988     | LOW    | 1
      60 | 0.9  | 0.5 | 5  | 107988     | MEDIUM | 2
      60 | 0.9  | 0.5 | 8  | 107988     | MEDIUM | 3
      30 | 1.2  | 0.5 | 5  | 107988     | MEDIUM | 3
      60 | 1.2  | 0.5 | 5  | 107988     | HIGH   | 4
      90 | 0.9  | 0.5 | 15 | 2000000    | HIGH   | 7
      90 | 1.5  | 2   | 15 | 2000000    | HIGH   | 9
      """)
  void totalScoreGivesTheRiskLevel(int days, double exposure, double perWeek, double cap, double value,
      String level, int score) {
    DmnDecisionResultEntries result = evaluate("contract-risk", inputs(days, exposure, perWeek, cap, value));

    assertThat(result.<String>getEntry("riskLevel")).isEqualTo(level);
    assertThat(result.<Number>getEntry("riskScore").intValue()).isEqualTo(score);
    assertThat(result.<String>getEntry("riskReasons")).contains("; ").contains("(");
  }

  @Test
  void reasonsNameEveryScore() {
    String reasons = evaluate("contract-risk", inputs(61, 1.01, 1.5, 12, 1500000)).getEntry("riskReasons");
    assertThat(reasons).isEqualTo("Payment terms beyond 60 days (+2); Credit exposure above the credit limit (+3); "
        + "Penalty cap above 10 % (+2); Contract value above 1,000,000 (+2)");
  }
}
