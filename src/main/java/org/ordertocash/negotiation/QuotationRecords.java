package org.ordertocash.negotiation;

import java.util.List;

import org.ordertocash.config.Money;
import org.ordertocash.order.OrderRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order's quotations, each at its latest version, for the order's view. */
@Component
@Order(1)
class QuotationRecords implements OrderRecords {

  private final QuotationRepository quotations;

  QuotationRecords(QuotationRepository quotations) {
    this.quotations = quotations;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordSummary> of(String orderNumber) {
    return quotations.findLatestVersionsByOrderNumber(orderNumber).stream()
        .map(q -> new RecordSummary("QUOTATION", q.getNumber(), q.getVersion(), q.getStatus().name(),
            "total " + Money.format(q.getTotalAmount(), q.getCurrency()), "/api/quotations/" + q.getNumber()))
        .toList();
  }
}
