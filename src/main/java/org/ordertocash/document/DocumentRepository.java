package org.ordertocash.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

  @Query("select d from Document d where d.kind = :kind and d.reference = :reference and d.version = :version")
  Optional<Document> findByKindAndReferenceAndVersion(DocumentKind kind, String reference, int version);

  @Query("select d from Document d where d.orderNumber = :orderNumber order by d.id")
  List<Document> findByOrderNumberOrderById(String orderNumber);

  /** The order's documents without their content. */
  @Query("""
      select d.id as id, d.kind as kind, d.reference as reference, d.version as version, d.fileName as fileName
      from Document d where d.orderNumber = :orderNumber order by d.id""")
  List<Listed> findListedByOrderNumber(String orderNumber);

  interface Listed {
    Long getId();
    DocumentKind getKind();
    String getReference();
    int getVersion();
    String getFileName();
  }
}
