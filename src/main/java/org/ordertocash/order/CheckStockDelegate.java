package org.ordertocash.order;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.inventory.StockAvailabilityService.StockCheck;
import org.springframework.stereotype.Component;

@Component
public class CheckStockDelegate implements JavaDelegate {

  private final OrderReviewService review;

  public CheckStockDelegate(OrderReviewService review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StockCheck stock = review.checkStock(OrderReviewProcess.ORDER_NUMBER.require(execution));
    execution.setVariables(Map.of(
        "stockAvailable", stock.allAvailable(),
        "stockProposal", stock.proposal().name(),
        "stockSummary", stock.summaryMarkdown()));
  }
}
