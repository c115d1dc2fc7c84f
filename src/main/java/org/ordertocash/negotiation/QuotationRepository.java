package org.ordertocash.negotiation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuotationRepository extends JpaRepository<Quotation, Long> {

  Optional<Quotation> findByNumber(String number);

  List<Quotation> findByOrderNumberOrderById(String orderNumber);
}
