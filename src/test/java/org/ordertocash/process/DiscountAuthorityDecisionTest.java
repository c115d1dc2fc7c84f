package org.ordertocash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table test of bpmn/discount-authority.dmn: every rule and its boundaries (largest discount %,
 * quotation value, customer class, payment terms vs the customer's default) -> approvalRoute,
 * financeApproval, approvalReason.
 */
class DiscountAuthorityDecisionTest {

  static DmnEngine dmnEngine;
  static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = DiscountAuthorityDecisionTest.class.getClassLoader()
        .getResourceAsStream("bpmn/discount-authority.dmn")) {
      assertThat(dmn).as("bpmn/discount-authority.dmn on the classpath").isNotNull();
      decision = dmnEngine.parseDecision("discount-authority", dmn);
    }
  }

  static DmnDecisionResult evaluate(double discount, double value, String customerClass, int termsDays, int defaultDays) {
    return dmnEngine.evaluateDecision(decision, Map.of("maxDiscountPercent", discount, "quotationValue", value,
        "customerClass", customerClass, "paymentTermsDays", termsDays, "defaultPaymentTermsDays", defaultDays));
  }

  @ParameterizedTest(name = "{0} % value {1} class {2} terms {3}/{4} -> {5} finance={6}")
  @CsvSource(delimiter = '|', textBlock = """
      30.01 | 1000    | A | 30 | 30 | SALES_DIRECTOR | false | Discount above 30 %: sales director (two sales managers)
      50    | 1000    | C | 30 | 30 | SALES_DIRECTOR | false | Discount above 30 %: sales director (two sales managers)
      35    | 1000    | A | 60 | 30 | SALES_DIRECTOR | true  | Discount above 30 %: sales director (two sales managers); extended payment terms need finance
      30    | 1000    | A | 30 | 30 | SALES_MANAGER  | false | Discount above 15 %: sales manager
      15.01 | 1000    | A | 30 | 30 | SALES_MANAGER  | false | Discount above 15 %: sales manager
      20    | 1000    | B | 60 | 30 | SALES_MANAGER  | true  | Discount above 15 %: sales manager; extended payment terms need finance
      15    | 1000    | A | 30 | 30 | REP_ONLY       | false | Within the sales rep's authority
      15    | 1000    | B | 30 | 30 | SALES_MANAGER  | false | Discount above 10 % for a class B/C customer: sales manager
      10.01 | 1000    | C | 30 | 30 | SALES_MANAGER  | false | Discount above 10 % for a class B/C customer: sales manager
      12    | 1000    | C | 60 | 15 | SALES_MANAGER  | true  | Discount above 10 % for a class B/C customer: sales manager; extended payment terms need finance
      10    | 1000    | C | 30 | 30 | REP_ONLY       | false | Within the sales rep's authority
      0.01  | 200000.01 | A | 30 | 30 | SALES_MANAGER | false | Discount on a quotation above 200,000: sales manager
      5     | 300000  | B | 90 | 30 | SALES_MANAGER  | true  | Discount on a quotation above 200,000: sales manager; extended payment terms need finance
      5     | 200000  | B | 30 | 30 | REP_ONLY       | false | Within the sales rep's authority
      0     | 900000  | A | 30 | 30 | REP_ONLY       | false | Within the sales rep's authority
      0     | 1000    | A | 60 | 30 | REP_ONLY       | true  | Within the sales rep's authority; extended payment terms need finance
      0     | 1000    | C | 0  | 15 | REP_ONLY       | false | Within the sales rep's authority
      """)
  void routesQuotationsToTheirApprovers(double discount, double value, String customerClass, int termsDays,
      int defaultDays, String route, boolean finance, String reason) {
    DmnDecisionResultEntries result = evaluate(discount, value, customerClass, termsDays, defaultDays).getSingleResult();

    assertThat(result.<String>getEntry("approvalRoute")).isEqualTo(route);
    assertThat(result.<Boolean>getEntry("financeApproval")).isEqualTo(finance);
    assertThat(result.<String>getEntry("approvalReason")).isEqualTo(reason);
  }

  /**
   * The table's hit policy is FIRST, so it never answers twice; what can go wrong is a gap (no
   * answer) or rules in the wrong order (a weaker rule first). Both show against the authority
   * policy written out here, over a grid around every boundary.
   */
  @Test
  void everyInputCombinationGetsTheRouteOfTheAuthorityPolicy() {
    for (double discount : new double[] {0, 0.01, 10, 10.01, 15, 15.01, 30, 30.01, 99}) {
      for (double value : new double[] {0, 200000, 200000.01}) {
        for (String customerClass : new String[] {"A", "B", "C"}) {
          for (int terms : new int[] {0, 30, 31, 90}) {
            String inputs = discount + " % value " + value + " class " + customerClass + " terms " + terms + "/30";
            DmnDecisionResult result = evaluate(discount, value, customerClass, terms, 30);
            assertThat(result).as(inputs).hasSize(1);
            assertThat(result.getSingleResult().<String>getEntry("approvalRoute")).as(inputs)
                .isEqualTo(policyRoute(discount, value, customerClass));
            assertThat(result.getSingleResult().<Boolean>getEntry("financeApproval")).as(inputs).isEqualTo(terms > 30);
          }
        }
      }
    }
  }

  /** The discount authority as the sales organisation states it. */
  private static String policyRoute(double discount, double value, String customerClass) {
    if (discount > 30) {
      return "SALES_DIRECTOR";
    }
    boolean manager = discount > 15 || discount > 10 && !"A".equals(customerClass) || discount > 0 && value > 200000;
    return manager ? "SALES_MANAGER" : "REP_ONLY";
  }
}
