package org.ordertocash.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CarrierClaimRepository extends JpaRepository<CarrierClaim, Long> {

  @Query("select c from CarrierClaim c where c.number = :number")
  Optional<CarrierClaim> findByNumber(String number);

  @Query("select c from CarrierClaim c where c.shipmentNumber = :shipmentNumber")
  Optional<CarrierClaim> findByShipmentNumber(String shipmentNumber);

  @Query("select c from CarrierClaim c where c.orderNumber = :orderNumber order by c.id")
  List<CarrierClaim> findByOrderNumberOrderById(String orderNumber);
}
