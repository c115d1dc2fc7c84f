package org.ordertocash.dunning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditBlockRepository extends JpaRepository<CreditBlock, Long> {

  @Query("select b from CreditBlock b where b.activeCode = :customerCode")
  Optional<CreditBlock> findByActiveCode(String customerCode);

  @Query("select b from CreditBlock b where b.customerCode = :customerCode order by b.id")
  List<CreditBlock> findByCustomerCodeOrderById(String customerCode);
}
