package org.ordertocash.billing;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;

interface WriteOffRepository extends JpaRepository<WriteOff, Long> {

  boolean existsByInvoiceNumber(String invoiceNumber);

  boolean existsByInvoiceNumberIn(Collection<String> invoiceNumbers);
}
