package org.ordertocash.billing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditApplicationRepository extends JpaRepository<CreditApplication, Long> {

  Optional<CreditApplication> findByCustomerCodeAndRequestKey(String customerCode, String requestKey);
}
