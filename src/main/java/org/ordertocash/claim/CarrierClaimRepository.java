package org.ordertocash.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CarrierClaimRepository extends JpaRepository<CarrierClaim, Long> {

  Optional<CarrierClaim> findByNumber(String number);

  Optional<CarrierClaim> findByShipmentNumber(String shipmentNumber);

  List<CarrierClaim> findByOrderNumberOrderById(String orderNumber);
}
