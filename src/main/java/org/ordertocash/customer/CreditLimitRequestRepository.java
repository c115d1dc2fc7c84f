package org.ordertocash.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditLimitRequestRepository extends JpaRepository<CreditLimitRequest, Long> {

  Optional<CreditLimitRequest> findByNumber(String number);

  Optional<CreditLimitRequest> findByRequestKey(String requestKey);

  List<CreditLimitRequest> findByCustomerCodeOrderByIdDesc(String customerCode);
}
