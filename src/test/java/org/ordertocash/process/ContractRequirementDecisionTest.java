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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table test of bpmn/contract-requirement.dmn: negotiated, orderValue -> contractRequired, reason. */
class ContractRequirementDecisionTest {

  static DmnEngine dmnEngine;
  static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ContractRequirementDecisionTest.class.getClassLoader()
        .getResourceAsStream("bpmn/contract-requirement.dmn")) {
      assertThat(dmn).as("bpmn/contract-requirement.dmn on the classpath").isNotNull();
      decision = dmnEngine.parseDecision("contract-requirement", dmn);
    }
  }

  @ParameterizedTest(name = "negotiated={0} value={1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      true  | 500       | true  | Prices and terms agreed in negotiation
      true  | 900000    | true  | Prices and terms agreed in negotiation
      false | 100000.01 | true  | Order value above the contract threshold of 100,000
      false | 2500000   | true  | Order value above the contract threshold of 100,000
      false | 100000    | false | Order confirmation suffices
      false | 0         | false | Order confirmation suffices
      """)
  void largeAndNegotiatedOrdersNeedASignedContract(boolean negotiated, double value, boolean required, String reason) {
    DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision,
        Map.of("negotiated", negotiated, "orderValue", value)).getSingleResult();

    assertThat(result.<Boolean>getEntry("contractRequired")).isEqualTo(required);
    assertThat(result.<String>getEntry("contractReason")).isEqualTo(reason);
  }
}
