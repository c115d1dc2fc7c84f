package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ordertocash.shipment.StockReservationService.ReservationResult;

/** Reserves stock for the order's lines; tells the process whether (and what) is short. */
@Component
public class ReserveStockDelegate implements JavaDelegate {

  private final StockReservationService service;

  public ReserveStockDelegate(StockReservationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReservationResult result = service.reserveOrder(ProcessVars.orderNumber(execution));
    execution.setVariable("stockShort", result.isShort());
    execution.setVariable("shortageSummary", result.markdown());
    execution.setVariable("shortageProposal", result.proposal());
  }
}
