package org.ordertocash.dunning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseToPayRepository extends JpaRepository<PromiseToPay, Long> {

  List<PromiseToPay> findByInvoiceNumberOrderById(String invoiceNumber);
}
