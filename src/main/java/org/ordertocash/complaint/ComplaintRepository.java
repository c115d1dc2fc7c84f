package org.ordertocash.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByNumber(String number);

  Optional<Complaint> findByRequestKey(String requestKey);

  List<Complaint> findByOrderNumberOrderById(String orderNumber);

  List<Complaint> findByReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderById(Instant from, Instant to);

  List<Complaint> findByCustomerCodeAndReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderById(String customerCode,
      Instant from, Instant to);
}
