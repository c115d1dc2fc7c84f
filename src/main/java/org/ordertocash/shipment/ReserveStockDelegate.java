package org.ordertocash.shipment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ordertocash.config.OrderToCashProperties;
import org.springframework.stereotype.Component;
import org.ordertocash.shipment.StockReservationService.ReservationResult;

/**
 * Reserves stock for the order's lines; tells the process whether (and what) is short. The facts
 * are transient: the gateway right after reads them, and only a shortage task keeps them (its
 * input mappings), so an order with its stock covered stores none.
 */
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
    ShipmentProcess.STOCK_SHORT.setTransient(execution, result.isShort());
    ShipmentProcess.SHORTAGE_SUMMARY.setTransient(execution, result.markdown(properties.labels()));
    ShipmentProcess.SHORTAGE_PROPOSAL.setTransient(execution, result.proposal());
  }
}
