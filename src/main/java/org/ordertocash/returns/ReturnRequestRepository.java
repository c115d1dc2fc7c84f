package org.ordertocash.returns;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReturnRequestRepository extends JpaRepository<ReturnRequest, Long> {

  Optional<ReturnRequest> findByNumber(String number);

  Optional<ReturnRequest> findByRequestKey(String requestKey);

  List<ReturnRequest> findByOrderNumberOrderById(String orderNumber);
}
