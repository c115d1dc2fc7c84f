package org.ordertocash.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

  Optional<Document> findByKindAndReferenceAndVersion(DocumentKind kind, String reference, int version);

  List<Document> findByOrderNumberOrderById(String orderNumber);
}
