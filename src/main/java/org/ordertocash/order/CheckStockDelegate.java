package org.ordertocash.order;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.inventory.StockAvailabilityService.StockCheck;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Component;

@Component
public class CheckStockDelegate implements JavaDelegate {

  private final OrderReviewService review;
  private final OrderToCashProperties properties;

  public CheckStockDelegate(OrderReviewService review, OrderToCashProperties properties) {
    this.review = review;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StockCheck stock = review.checkStock(OrderReviewProcess.ORDER_NUMBER.require(execution));
    execution.setVariables(Map.of(
        "stockAvailable", stock.allAvailable(),
        "stockProposalText", properties.labels().code(stock.proposal()),
        "stockSummary", stock.summaryMarkdown(properties.labels())));
  }
}
