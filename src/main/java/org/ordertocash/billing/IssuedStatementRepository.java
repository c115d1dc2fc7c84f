package org.ordertocash.billing;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedStatementRepository extends JpaRepository<IssuedStatement, Long> {

  Optional<IssuedStatement> findByCustomerCodeAndPeriodFromAndPeriodTo(String customerCode, LocalDate from, LocalDate to);

  Optional<IssuedStatement> findByIdAndCustomerCode(Long id, String customerCode);
}
