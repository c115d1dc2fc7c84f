package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table test of bpmn/complaint-sla.dmn: each rule, and every answer a duration Java can read. */
class ComplaintSlaDecisionTest {

  static DmnEngine dmnEngine;
  static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ComplaintSlaDecisionTest.class.getClassLoader().getResourceAsStream("bpmn/complaint-sla.dmn")) {
      assertThat(dmn).as("bpmn/complaint-sla.dmn on the classpath").isNotNull();
      decision = dmnEngine.parseDecision("complaint-sla", dmn);
    }
  }

  @ParameterizedTest(name = "{0}, class {1}: first response within {2}, resolved within {3}")
  @CsvSource({
      "SERVICE, A, PT2H, P2D",
      "PRODUCT, A, PT4H, P3D",
      "DELIVERY, A, PT4H, P3D",
      "BILLING, B, PT8H, P3D",
      "PRODUCT, B, PT8H, P5D",
      "SERVICE, C, P1D, P10D",
      "BILLING, C, P1D, P10D"
  })
  void givesTheDeadlines(String category, String customerClass, String firstResponse, String resolution) {
    DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision,
        Map.of("category", category, "customerClass", customerClass)).getSingleResult();

    assertThat((String) result.getEntry("firstResponseWithin")).isEqualTo(firstResponse);
    assertThat((String) result.getEntry("resolveWithin")).isEqualTo(resolution);
    assertThat(Duration.parse(firstResponse)).isLessThan(Duration.parse(resolution));
  }
}
