package org.ordertocash.order;

import java.util.List;

/**
 * Records other features keep about an order (quotations, contracts, carrier claims, returns, documents),
 * so an auditor finds them all from the order's view. Each feature implements this for its own
 * records, reading its own tables; orders do not depend on those features, and without them an
 * order simply lists none. Implementations are asked in their {@code @Order}.
 */
public interface OrderRecords {

  List<RecordSummary> of(String orderNumber);

  /**
   * One record: {@code kind} QUOTATION, CONTRACT, CLAIM, RETURN or DOCUMENT; its number (for a document the
   * quotation/contract/shipment it belongs to); its version (null where records have none); its status
   * (for a document: what kind of document it is); a short detail; and where its own endpoint is.
   */
  record RecordSummary(String kind, String number, Integer version, String status, String detail, String href) {}
}
