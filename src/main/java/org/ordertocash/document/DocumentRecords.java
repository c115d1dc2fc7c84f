package org.ordertocash.document;

import java.util.List;

import org.ordertocash.order.OrderRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order's documents (metadata only, never their content), for the order's view. */
@Component
@Order(5)
class DocumentRecords implements OrderRecords {

  private final DocumentRepository documents;

  DocumentRecords(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordSummary> of(String orderNumber) {
    return documents.findListedByOrderNumber(orderNumber).stream()
        .map(d -> new RecordSummary("DOCUMENT", d.getReference(), d.getVersion(), d.getKind().name(),
            d.getFileName(), "/api/documents/" + d.getId()))
        .toList();
  }
}
