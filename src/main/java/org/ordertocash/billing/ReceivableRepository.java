package org.ordertocash.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReceivableRepository extends JpaRepository<Receivable, Long> {

  @Query("select coalesce(sum(r.openAmount), 0) from Receivable r where r.customerCode = :customerCode")
  BigDecimal sumOpenAmount(String customerCode);

  @Query("select coalesce(sum(r.openAmount), 0) from Receivable r "
      + "where r.customerCode = :customerCode and r.openAmount > 0 and r.dueDate < :today")
  BigDecimal sumOverdue(String customerCode, LocalDate today);

  /** The customer's invoices (a credit note's credit is a receivable below zero, not an invoice). */
  @Query("select count(r) from Receivable r where r.customerCode = :customerCode and r.amount > 0")
  long countInvoices(String customerCode);

  @Query("select count(r) from Receivable r where r.customerCode = :customerCode and r.amount > 0 and r.openAmount = 0")
  long countPaidInFull(String customerCode);

  /** The invoice's receivables: one, or one per installment, in installment order. */
  List<Receivable> findByInvoiceNumberOrderByInstallmentNo(String invoiceNumber);

  /** The invoice's receivables, locked until the transaction ends: payments for one invoice settle it one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Receivable r where r.invoiceNumber = :invoiceNumber order by r.installmentNo")
  List<Receivable> lockByInvoiceNumber(String invoiceNumber);

  default InvoiceBalance balanceOf(String invoiceNumber) {
    return new InvoiceBalance(invoiceNumber, findByInvoiceNumberOrderByInstallmentNo(invoiceNumber));
  }

  /**
   * Open receivables per customer by days past due on {@code asOf}: not yet due, 0-30, 31-60,
   * 61-90, over 90 (the bounds are due dates: {@code asOf} minus 30, 60 and 90 days).
   */
  @Query("""
      select new org.ordertocash.billing.AgingSums(r.customerCode,
        sum(case when r.dueDate > :asOf then r.openAmount else 0 end),
        sum(case when r.dueDate <= :asOf and r.dueDate >= :minus30 then r.openAmount else 0 end),
        sum(case when r.dueDate < :minus30 and r.dueDate >= :minus60 then r.openAmount else 0 end),
        sum(case when r.dueDate < :minus60 and r.dueDate >= :minus90 then r.openAmount else 0 end),
        sum(case when r.dueDate < :minus90 then r.openAmount else 0 end))
      from Receivable r where r.openAmount > 0 group by r.customerCode order by r.customerCode""")
  List<AgingSums> aging(LocalDate asOf, LocalDate minus30, LocalDate minus60, LocalDate minus90);

  @Query("select coalesce(sum(r.openAmount), 0) from Receivable r")
  BigDecimal sumAllOpenAmounts();

  List<Receivable> findByCustomerCodeAndOpenAmountGreaterThanOrderByDueDate(String customerCode, BigDecimal amount);

  List<Receivable> findByCustomerCodeAndOpenAmountLessThanOrderByDueDate(String customerCode, BigDecimal amount);

  @Query("select r from Receivable r where r.customerCode = :customerCode and r.openAmount = :amount order by r.dueDate")
  List<Receivable> findOpenByCustomerAndAmount(String customerCode, BigDecimal amount);

  @Query("select coalesce(sum(r.openAmount), 0) from Receivable r where r.invoiceNumber in :invoiceNumbers")
  BigDecimal sumOpenAmountOf(Collection<String> invoiceNumbers);
}
