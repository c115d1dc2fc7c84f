package org.ordertocash.shipment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplenishmentRequestRepository extends JpaRepository<ReplenishmentRequest, Long> {

  List<ReplenishmentRequest> findByOrderNumberOrderById(String orderNumber);

  List<ReplenishmentRequest> findBySkuAndStatusOrderById(String sku, ReplenishmentRequest.Status status);
}
