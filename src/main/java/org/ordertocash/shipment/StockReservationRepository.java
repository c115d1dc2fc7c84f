package org.ordertocash.shipment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StockReservationRepository extends JpaRepository<StockReservation, Long> {

  List<StockReservation> findByOrderNumberOrderById(String orderNumber);

  List<StockReservation> findByShipmentNumberOrderById(String shipmentNumber);
}
