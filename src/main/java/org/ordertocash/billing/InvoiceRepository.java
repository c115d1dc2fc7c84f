package org.ordertocash.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  Optional<Invoice> findByNumber(String number);

  List<Invoice> findByOrderNumberOrderById(String orderNumber);

  boolean existsByKindAndShipmentNumber(Invoice.Kind kind, String shipmentNumber);

  List<Invoice> findByCustomerCodeAndStatusAndGrossAmount(String customerCode, InvoiceStatus status,
      java.math.BigDecimal grossAmount);
}
