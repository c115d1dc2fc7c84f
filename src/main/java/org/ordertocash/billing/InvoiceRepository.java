package org.ordertocash.billing;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  @Query("select i from Invoice i where i.number = :number")
  Optional<Invoice> findByNumber(String number);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Invoice i where i.number = :number")
  Optional<Invoice> lockByNumber(String number);

  @Query("select i from Invoice i where i.correctsInvoice = :correctsInvoice and i.requestKey = :requestKey")
  Optional<Invoice> findByCorrectsInvoiceAndRequestKey(String correctsInvoice, String requestKey);

  @Query("select i from Invoice i where i.correctsInvoice = :correctsInvoice")
  List<Invoice> findByCorrectsInvoice(String correctsInvoice);

  @Query("select i from Invoice i where i.orderNumber = :orderNumber order by i.id")
  List<Invoice> findByOrderNumberOrderById(String orderNumber);

  @Query("select i from Invoice i where i.orderNumber = :orderNumber and i.kind = :kind order by i.id")
  List<Invoice> findByOrderNumberAndKindOrderById(String orderNumber, Invoice.Kind kind);

  @Query("select i from Invoice i where i.customerCode = :customerCode")
  List<Invoice> findByCustomerCode(String customerCode);

  @Query("select case when count(i) > 0 then true else false end from Invoice i where i.kind = :kind and i.shipmentNumber = :shipmentNumber")
  boolean existsByKindAndShipmentNumber(Invoice.Kind kind, String shipmentNumber);

  @Query("select i from Invoice i where i.kind = :kind and i.shipmentNumber = :shipmentNumber order by i.id limit 1")
  Optional<Invoice> findFirstByKindAndShipmentNumber(Invoice.Kind kind, String shipmentNumber);

  @Query("select coalesce(sum(i.grossAmount), 0) from Invoice i where i.kind = :kind"
      + " and i.issueDate between :from and :to")
  BigDecimal sumGrossIssuedBetween(Invoice.Kind kind, LocalDate from, LocalDate to);
}
