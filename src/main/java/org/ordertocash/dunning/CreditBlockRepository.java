package org.ordertocash.dunning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditBlockRepository extends JpaRepository<CreditBlock, Long> {

  Optional<CreditBlock> findByActiveCode(String customerCode);

  List<CreditBlock> findByCustomerCodeOrderById(String customerCode);
}
