package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Component;
import org.ordertocash.shipment.StockReservationService.ReservationResult;

/** Reserves stock for the order's lines; tells the process whether (and what) is short. */
@Component
public class ReserveStockDelegate implements JavaDelegate {

  private final StockReservationService service;
  private final OrderToCashProperties properties;

  public ReserveStockDelegate(StockReservationService service, OrderToCashProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReservationResult result = service.reserveOrder(ShipmentProcess.ORDER_NUMBER.require(execution));
    ShipmentProcess.STOCK_SHORT.set(execution, result.isShort());
    ShipmentProcess.SHORTAGE_SUMMARY.set(execution, result.markdown(properties.labels()));
    ShipmentProcess.SHORTAGE_PROPOSAL.set(execution, result.proposal());
  }
}
