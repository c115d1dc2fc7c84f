package org.ordertocash.contract;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {

  Optional<Contract> findByNumber(String number);

  List<Contract> findByOrderNumberOrderById(String orderNumber);
}
