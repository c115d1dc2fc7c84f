package org.ordertocash.returns;

import static org.ordertocash.returns.ReturnStep.number;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Repaired goods, a replacement or the exchanged product leave through the shipment process (save point). For an exchange it sets exchangeDifference: MORE, LESS or NONE. */
@Component
public class SendReturnGoodsDelegate implements JavaDelegate {

  private final ReturnService returns;

  public SendReturnGoodsDelegate(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = number(execution);
    ReturnWish wish = ReturnWish.valueOf(ReturnProcess.WISH.require(execution));
    returns.sendGoods(number, wish);
    if (wish == ReturnWish.EXCHANGE) {
      int sign = returns.exchangeDifference(number).signum();
      ReturnProcess.EXCHANGE_DIFFERENCE.set(execution, sign > 0 ? "MORE" : sign < 0 ? "LESS" : "NONE");
    }
  }
}
