package org.ordertocash.shipment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StockReceiptRepository extends JpaRepository<StockReceipt, Long> {

  Optional<StockReceipt> findByReference(String reference);
}
