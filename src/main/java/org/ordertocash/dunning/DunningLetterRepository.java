package org.ordertocash.dunning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DunningLetterRepository extends JpaRepository<DunningLetter, Long> {

  Optional<DunningLetter> findByInvoiceNumberAndLevel(String invoiceNumber, int level);

  List<DunningLetter> findByInvoiceNumberOrderByLevel(String invoiceNumber);
}
