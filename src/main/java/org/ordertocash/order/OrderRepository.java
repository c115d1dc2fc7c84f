package org.ordertocash.order;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrderRepository extends JpaRepository<SalesOrder, Long> {

  Optional<SalesOrder> findByNumber(String number);

  Optional<SalesOrder> findByEnteredByAndIdempotencyKey(String enteredBy, String idempotencyKey);

  /** Orders per status: [status, count] rows. */
  @Query("select o.status, count(o) from SalesOrder o group by o.status")
  List<Object[]> countByStatus();
}
