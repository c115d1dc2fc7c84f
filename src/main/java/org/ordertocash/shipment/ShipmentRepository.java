package org.ordertocash.shipment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ShipmentRepository extends JpaRepository<Shipment, Long> {

  Optional<Shipment> findByNumber(String number);

  Optional<Shipment> findByAfterSalesReference(String reference);

  List<Shipment> findByOrderNumberOrderById(String orderNumber);
}
