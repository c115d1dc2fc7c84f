package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table test of bpmn/return-eligibility.dmn: each rule, the window's edge days (the last day inside,
 * the first day after), the 7-day rules and the class A variants.
 */
class ReturnEligibilityDecisionTest {

  static DmnEngine dmnEngine;
  static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ReturnEligibilityDecisionTest.class.getClassLoader()
        .getResourceAsStream("bpmn/return-eligibility.dmn")) {
      assertThat(dmn).as("bpmn/return-eligibility.dmn on the classpath").isNotNull();
      decision = dmnEngine.parseDecision("return-eligibility", dmn);
    }
  }

  static String eligibility(int daysSinceDelivery, int window, String reason, String category, String customerClass) {
    DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, Map.of("daysSinceDelivery", daysSinceDelivery,
        "daysPastWindow", daysSinceDelivery - window, "reason", reason, "category", category,
        "customerClass", customerClass)).getSingleResult();
    assertThat((String) result.getEntry("eligibilityReason")).as("every outcome says why").isNotBlank();
    return result.getEntry("eligibility");
  }

  @ParameterizedTest(name = "{2}, {0} days after delivery, window {1}, {3}, class {4}: {5}")
  @CsvSource({
      // defective: inside the window up to its last day
      "30, 30, DEFECTIVE, FURNITURE, B, APPROVE",
      "31, 30, DEFECTIVE, FURNITURE, B, REJECT",
      "31, 30, DEFECTIVE, FURNITURE, A, REVIEW",
      "91, 30, DEFECTIVE, FURNITURE, A, REJECT",
      // wrong item
      "14, 14, WRONG_ITEM, ACCESSORIES, C, APPROVE",
      "15, 14, WRONG_ITEM, ACCESSORIES, C, REJECT",
      // damaged in transit: reported within 7 days
      "7, 30, DAMAGED_IN_TRANSIT, FURNITURE, C, APPROVE",
      "8, 30, DAMAGED_IN_TRANSIT, FURNITURE, C, REVIEW",
      // no longer needed: 7 days without a reason, then class A only, never made to order
      "7, 30, NO_LONGER_NEEDED, FURNITURE, C, APPROVE",
      "8, 30, NO_LONGER_NEEDED, FURNITURE, C, REVIEW",
      "8, 30, NO_LONGER_NEEDED, FURNITURE, A, APPROVE",
      "31, 30, NO_LONGER_NEEDED, FURNITURE, A, REJECT",
      "2, 7, NO_LONGER_NEEDED, CUSTOM_MADE, A, REJECT",
      "6, 5, NO_LONGER_NEEDED, GENERAL, C, REJECT",
      // customer service decides
      "3, 30, NOT_AS_DESCRIBED, FURNITURE, A, REVIEW",
      "3, 30, OTHER, FURNITURE, B, REVIEW",
      "40, 30, OTHER, FURNITURE, B, REJECT"
  })
  void decides(int days, int window, String reason, String category, String customerClass, String expected) {
    assertThat(eligibility(days, window, reason, category, customerClass)).isEqualTo(expected);
  }

  @Test
  void aReasonTheTableDoesNotKnowGoesToCustomerServiceInsideTheWindow() {
    assertThat(eligibility(3, 30, "SOMETHING_NEW", "GENERAL", "C")).isEqualTo("REVIEW");
  }
}
