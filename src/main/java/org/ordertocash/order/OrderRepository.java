package org.ordertocash.order;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<SalesOrder, Long> {

  Optional<SalesOrder> findByNumber(String number);

  Optional<SalesOrder> findByEnteredByAndIdempotencyKey(String enteredBy, String idempotencyKey);
}
