package org.ordertocash.negotiation;

import java.util.ArrayList;
import java.util.List;

import org.ordertocash.config.ExposedToModels;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Component;

/**
 * The approval chain of a quotation version, from what the discount-authority table decided:
 * the steps "Approve quotation" runs through one after the other (a multi-instance task), who
 * works each step and what the form calls it. The table decides the route; this class only spells
 * out what a route means (SALES_DIRECTOR: two different sales managers).
 */
@ExposedToModels
@Component("quotationApprovalSteps")
public class QuotationApprovalSteps {

  public static final String SALES_MANAGER = "SALES_MANAGER";
  public static final String SECOND_SALES_MANAGER = "SECOND_SALES_MANAGER";
  public static final String FINANCE = "FINANCE";

  private final OrderToCashProperties properties;

  public QuotationApprovalSteps(OrderToCashProperties properties) {
    this.properties = properties;
  }

  /** The steps in order: none for REP_ONLY without finance. An unknown route asks a manager. */
  public List<String> of(String approvalRoute, Object financeApproval) {
    List<String> steps = new ArrayList<>();
    if (!"REP_ONLY".equals(approvalRoute)) {
      steps.add(SALES_MANAGER);
    }
    if ("SALES_DIRECTOR".equals(approvalRoute)) {
      steps.add(SECOND_SALES_MANAGER);
    }
    if (Boolean.TRUE.equals(financeApproval)) {
      steps.add(FINANCE);
    }
    return steps;
  }

  public boolean needed(String approvalRoute, Object financeApproval) {
    return !of(approvalRoute, financeApproval).isEmpty();
  }

  /** The candidate group of a step. */
  public String group(String step) {
    return FINANCE.equals(step) ? "finance" : "sales-managers";
  }

  /** The task's name in the task list. */
  public String taskName(String step) {
    return switch (step) {
      case SALES_MANAGER -> "Approve quotation (sales manager)";
      case SECOND_SALES_MANAGER -> "Approve quotation (second sales manager)";
      case FINANCE -> "Approve payment terms (finance)";
      default -> "Approve quotation (" + step + ")";
    };
  }

  /** The step as the form heads it. */
  public String label(String step) {
    return properties.labels().code("ApprovalStep", step);
  }
}
