package org.ordertocash.billing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BillRepository extends JpaRepository<Bill, Long> {

  Optional<Bill> findByNumber(String number);
}
