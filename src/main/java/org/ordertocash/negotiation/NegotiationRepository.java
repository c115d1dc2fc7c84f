package org.ordertocash.negotiation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NegotiationRepository extends JpaRepository<Negotiation, Long> {

  Optional<Negotiation> findByOrderNumber(String orderNumber);
}
