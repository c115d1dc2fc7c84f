package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReceivableRepository extends JpaRepository<Receivable, Long> {

  @Query("select coalesce(sum(r.openAmount), 0) from Receivable r where r.customerCode = :customerCode")
  BigDecimal sumOpenAmount(String customerCode);

  @Query("select coalesce(sum(r.openAmount), 0) from Receivable r "
      + "where r.customerCode = :customerCode and r.openAmount > 0 and r.dueDate < :today")
  BigDecimal sumOverdue(String customerCode, LocalDate today);

  long countByCustomerCode(String customerCode);

  @Query("select count(r) from Receivable r where r.customerCode = :customerCode and r.openAmount = 0")
  long countPaidInFull(String customerCode);

  Optional<Receivable> findByInvoiceNumber(String invoiceNumber);
}
