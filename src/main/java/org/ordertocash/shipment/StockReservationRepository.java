package org.ordertocash.shipment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StockReservationRepository extends JpaRepository<StockReservation, Long> {

  @Query("select r from StockReservation r where r.orderNumber = :orderNumber order by r.id")
  List<StockReservation> findByOrderNumberOrderById(String orderNumber);

  @Query("select r from StockReservation r where r.shipmentNumber = :shipmentNumber order by r.id")
  List<StockReservation> findByShipmentNumberOrderById(String shipmentNumber);
}
