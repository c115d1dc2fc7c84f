package org.ordertocash.shipment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ShipmentRepository extends JpaRepository<Shipment, Long> {

  @Query("select s from Shipment s where s.number = :number")
  Optional<Shipment> findByNumber(String number);

  @Query("select s from Shipment s where s.afterSalesReference = :reference")
  Optional<Shipment> findByAfterSalesReference(String reference);

  @Query("select s from Shipment s where s.orderNumber = :orderNumber order by s.id")
  List<Shipment> findByOrderNumberOrderById(String orderNumber);
}
