package org.ordertocash.returns;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReturnRequestRepository extends JpaRepository<ReturnRequest, Long> {

  @Query("select r from ReturnRequest r where r.number = :number")
  Optional<ReturnRequest> findByNumber(String number);

  @Query("select r from ReturnRequest r where r.requestKey = :requestKey")
  Optional<ReturnRequest> findByRequestKey(String requestKey);

  @Query("select r from ReturnRequest r where r.orderNumber = :orderNumber order by r.id")
  List<ReturnRequest> findByOrderNumberOrderById(String orderNumber);
}
