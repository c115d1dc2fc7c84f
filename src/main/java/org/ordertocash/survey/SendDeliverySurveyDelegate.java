package org.ordertocash.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.order.OrderLifecycle;
import org.springframework.stereotype.Component;

/** Order-to-cash: the order was delivered; the customer gets a satisfaction survey (save point: it queues mail). */
@Component
public class SendDeliverySurveyDelegate implements JavaDelegate {

  private final SurveyService surveys;
  private final OrderLifecycle orders;

  public SendDeliverySurveyDelegate(SurveyService surveys, OrderLifecycle orders) {
    this.surveys = surveys;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String order = execution.getProcessBusinessKey();
    surveys.send(SurveyTopic.DELIVERY, order, order, orders.order(order).getCustomerCode(), null);
  }
}
