package org.ordertocash.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ordertocash.config.OrderToCashProperties;

/** What each route of the discount-authority table means as a chain of approval steps. */
class QuotationApprovalStepsTest {

  private final QuotationApprovalSteps steps = new QuotationApprovalSteps(OrderToCashProperties.defaults());

  @Test
  void eachRouteBecomesItsStepsInOrderWithFinanceLast() {
    assertThat(steps.of("REP_ONLY", false)).isEmpty();
    assertThat(steps.needed("REP_ONLY", false)).isFalse();
    assertThat(steps.of("REP_ONLY", true)).containsExactly("FINANCE");
    assertThat(steps.of("SALES_MANAGER", false)).containsExactly("SALES_MANAGER");
    assertThat(steps.of("SALES_DIRECTOR", true)).containsExactly("SALES_MANAGER", "SECOND_SALES_MANAGER", "FINANCE");
    assertThat(steps.needed("SALES_DIRECTOR", null)).isTrue();
  }

  @Test
  void aRouteTheTableDoesNotKnowYetStillNeedsAManager() {
    assertThat(steps.of("REGIONAL_DIRECTOR", false)).containsExactly("SALES_MANAGER");
    assertThat(steps.of(null, false)).containsExactly("SALES_MANAGER");
  }

  @Test
  void financeStepsGoToFinanceEveryOtherToSalesManagersEachWithItsOwnName() {
    assertThat(steps.group("FINANCE")).isEqualTo("finance");
    assertThat(steps.group("SALES_MANAGER")).isEqualTo("sales-managers");
    assertThat(steps.group("SECOND_SALES_MANAGER")).isEqualTo("sales-managers");
    assertThat(steps.taskName("SECOND_SALES_MANAGER")).isEqualTo("Approve quotation (second sales manager)");
    assertThat(steps.taskName("FINANCE")).isEqualTo("Approve payment terms (finance)");
    assertThat(steps.label("SALES_MANAGER")).isEqualTo("销售经理审批");
    assertThat(steps.label("FINANCE")).isEqualTo("财务审批延长的付款条件");
  }
}
