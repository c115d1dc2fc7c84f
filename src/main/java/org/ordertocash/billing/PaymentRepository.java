package org.ordertocash.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

  Optional<Payment> findByBankReference(String bankReference);

  List<Payment> findByPayerCode(String payerCode);
}
