package org.ordertocash.order;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrderRepository extends JpaRepository<SalesOrder, Long> {

  @Query("select o from SalesOrder o where o.number = :number")
  Optional<SalesOrder> findByNumber(String number);

  @Query("select o from SalesOrder o where o.enteredBy = :enteredBy and o.idempotencyKey = :idempotencyKey")
  Optional<SalesOrder> findByEnteredByAndIdempotencyKey(String enteredBy, String idempotencyKey);

  /** Orders per status: [status, count] rows. */
  @Query("select o.status, count(o) from SalesOrder o group by o.status")
  List<Object[]> countByStatus();
}
