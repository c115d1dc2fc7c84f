package org.ordertocash.negotiation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuotationResponseRepository extends JpaRepository<QuotationResponse, Long> {

  Optional<QuotationResponse> findByQuotationIdAndVersion(Long quotationId, int version);

  List<QuotationResponse> findByQuotationIdOrderByVersion(Long quotationId);
}
