package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  Optional<Invoice> findByNumber(String number);

  Optional<Invoice> findByCorrectsInvoiceAndRequestKey(String correctsInvoice, String requestKey);

  List<Invoice> findByCorrectsInvoice(String correctsInvoice);

  List<Invoice> findByOrderNumberOrderById(String orderNumber);

  List<Invoice> findByOrderNumberAndKindOrderById(String orderNumber, Invoice.Kind kind);

  List<Invoice> findByCustomerCode(String customerCode);

  boolean existsByKindAndShipmentNumber(Invoice.Kind kind, String shipmentNumber);

  Optional<Invoice> findFirstByKindAndShipmentNumber(Invoice.Kind kind, String shipmentNumber);

  @Query("select coalesce(sum(i.grossAmount), 0) from Invoice i where i.kind = :kind"
      + " and i.issueDate between :from and :to")
  BigDecimal sumGrossIssuedBetween(Invoice.Kind kind, LocalDate from, LocalDate to);
}
