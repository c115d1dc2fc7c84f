package org.ordertocash.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditRefundRepository extends JpaRepository<CreditRefund, Long> {

  Optional<CreditRefund> findByBankReference(String bankReference);

  List<CreditRefund> findByCustomerCode(String customerCode);
}
